#!/usr/bin/env bash
# Builds artifacts/gcp/service.tar.gz: functions/Gcp published framework-dependent, Serverless.Functions.Gcp.dll at
# the root, which Cloud Run's source deploy runs on Google's .NET base image (see docs/deployment.md).
# usage: scripts/package-gcp.sh   (env: EVROUTE_BUILD_DIR, where intermediate build output goes)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/artifacts/gcp"
build=${EVROUTE_BUILD_DIR:-$root/.local/build/gcp}
publish="$build/publish"
rm -rf "$publish"
mkdir -p "$out" "$publish"
dotnet publish "$root/functions/Gcp/Serverless.Functions.Gcp.csproj" -c Release \
  --artifacts-path "$build/artifacts" -o "$publish" --nologo -v quiet
for required in Serverless.Functions.Gcp.dll routes.json; do
  [ -f "$publish/$required" ] || { echo "package-gcp: $required missing from the publish output" >&2; exit 1; }
done
rm -f "$out/service.tar.gz"
tar -C "$publish" --exclude='*.pdb' -czf "$out/service.tar.gz" .
echo "package-gcp: $out/service.tar.gz ($(du -h "$out/service.tar.gz" | cut -f1))"
