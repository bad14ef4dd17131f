#!/usr/bin/env bash
# Measures the AWS function's cold start on the custom runtime: process start to the first response posted to a
# loopback Lambda Runtime API stand-in (tools/Serverless.LambdaRuntimeStandIn), plus peak RSS (VmHWM), for three
# self-contained linux-x64 builds: JIT, ReadyToRun and Native AOT. Self-contained, no cloud needed: the routing table
# drops everything, so the event is decoded, routed, logged and answered without any destination.
# usage: scripts/measure-lambda-coldstart.sh [runs]      (default 5; output under ${COLDSTART_DIR:-/tmp/evroute-coldstart})
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
dir=${COLDSTART_DIR:-/tmp/evroute-coldstart}
mkdir -p "$dir"

publish() { # name extra-msbuild-args...
  local name=$1; shift
  echo "publishing $name ..." >&2
  dotnet publish "$root/functions/Aws" -c Release -r linux-x64 --self-contained --nologo -v quiet \
    --artifacts-path "$dir/artifacts-$name" -o "$dir/$name" "$@" >"$dir/publish-$name.log" 2>&1 \
    || { cat "$dir/publish-$name.log" >&2; exit 1; }
}

publish jit -p:PublishReadyToRun=false
publish r2r -p:PublishReadyToRun=true
publish aot -p:PublishAot=true
dotnet build "$root/tools/Serverless.LambdaRuntimeStandIn" -c Release --nologo -v quiet --artifacts-path "$dir/artifacts-standin" >"$dir/build-standin.log" 2>&1 \
  || { cat "$dir/build-standin.log" >&2; exit 1; }
standin="$dir/artifacts-standin/bin/Serverless.LambdaRuntimeStandIn/release/Serverless.LambdaRuntimeStandIn.dll"

# One documented SQS record carrying a structured CloudEvent.
cat >"$dir/event.json" <<'JSON'
{"Records":[{"messageId":"059f36b4-87a3-44ab-83d2-661975830a7d","receiptHandle":"AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a","body":"{\"specversion\":\"1.0\",\"id\":\"order-1\",\"source\":\"//orders.example.com/shop\",\"type\":\"com.example.order.created\",\"datacontenttype\":\"application/json\",\"data\":{\"orderId\":\"A-1001\",\"total\":42.5}}","attributes":{"ApproximateReceiveCount":"1","SentTimestamp":"1545082649183","SenderId":"AIDAIENQZJOLO23YVJ4VO","ApproximateFirstReceiveTimestamp":"1545082649185"},"messageAttributes":{},"md5OfMessageAttributes":null,"md5OfBody":"e4e68fb7bd0e697a0ae8f1bb342846b3","eventSource":"aws:sqs","eventSourceARN":"arn:aws:sqs:us-east-1:123456789012:evroute-inbound","awsRegion":"us-east-1"}]}
JSON

routes='{"unmatched":"drop","routes":[]}'
echo "| build | median ms | min ms | max ms | peak RSS MiB (median) | size on disk |"
echo "|---|---|---|---|---|---|"
for name in jit r2r aot; do
  line=$(dotnet "$standin" measure --exe "$dir/$name/Serverless.Functions.Aws" --event "$dir/event.json" --runs "$runs" \
    --label "$name" --env "EVROUTE_ROUTES_JSON=$routes" 2>"$dir/measure-$name.log") \
    || { cat "$dir/measure-$name.log" >&2; exit 1; }
  get() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
  size=$(du -sh --exclude='*.pdb' --exclude='*.dbg' "$dir/$name" | cut -f1)
  echo "| $name | $(get median_ms) | $(get min_ms) | $(get max_ms) | $(get peak_rss_mib) | $size |"
done
echo "($runs runs each; per-run lines in $dir/measure-*.log)" >&2
