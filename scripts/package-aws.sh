#!/usr/bin/env bash
# Builds artifacts/aws/bootstrap.zip, the AWS Lambda package for the provided.al2023 custom runtime: the function
# published as Native AOT (the fastest cold start measured, see docs/aws.md) with its executable named `bootstrap`.
# arm64 cannot be linked natively on an x64 machine without a cross toolchain, so it is published self-contained
# ReadyToRun instead (the next fastest); set EVROUTE_AWS_BUILD=r2r|jit|aot to choose explicitly.
# usage: scripts/package-aws.sh [x86_64|arm64]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
arch=${1:-x86_64}
case "$arch" in
  x86_64) rid=linux-x64 ;;
  arm64) rid=linux-arm64 ;;
  *) echo "package-aws: unknown architecture '$arch' (x86_64 or arm64)" >&2; exit 2 ;;
esac
host=$(uname -m)
default_build=aot
if [ "$rid" = linux-arm64 ] && [ "$host" != aarch64 ]; then default_build=r2r; fi
build=${EVROUTE_AWS_BUILD:-$default_build}
case "$build" in
  aot) props=(-p:PublishAot=true) ;;
  r2r) props=(--self-contained -p:PublishReadyToRun=true) ;;
  jit) props=(--self-contained -p:PublishReadyToRun=false) ;;
  *) echo "package-aws: EVROUTE_AWS_BUILD must be aot, r2r or jit" >&2; exit 2 ;;
esac

out="$root/artifacts/aws"
publish="$out/publish-$rid-$build"
rm -rf "$publish" "$out/bootstrap.zip"
mkdir -p "$out"
echo "package-aws: publishing $build for $rid" >&2
dotnet publish "$root/functions/Aws" -c Release -r "$rid" "${props[@]}" --nologo \
  --artifacts-path "$out/build" -o "$publish"
# Lambda runs the file named bootstrap; the apphost finds its assembly by the name compiled into it, so a rename is enough.
mv "$publish/Serverless.Functions.Aws" "$publish/bootstrap"
chmod 755 "$publish/bootstrap"
(cd "$publish" && zip -q -r -X "$out/bootstrap.zip" . -x '*.pdb' -x '*.dbg' -x '*.xml')
echo "package-aws: $out/bootstrap.zip ($(du -h "$out/bootstrap.zip" | cut -f1), $build, $rid; handler 'bootstrap', runtime provided.al2023)" >&2
