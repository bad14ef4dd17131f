#!/usr/bin/env bash
# Builds the Azure Function (isolated worker) zip-deploy package: artifacts/azure/functionapp.zip.
# The zip holds the publish output at its root (host.json, functions.metadata, worker.config.json, routes.json,
# .azurefunctions/), which is what zip deploy / WEBSITE_RUN_FROM_PACKAGE expect.
# usage: scripts/package-azure.sh   (env: EVROUTE_BUILD_DIR, where intermediate build output goes)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/artifacts/azure"
build=${EVROUTE_BUILD_DIR:-$root/.local/build/azure}
publish="$build/publish"

rm -rf "$publish"
mkdir -p "$out" "$publish"
dotnet publish "$root/functions/Azure/Serverless.Functions.Azure.csproj" -c Release \
  --artifacts-path "$build/artifacts" -o "$publish" --nologo -v quiet

for required in host.json functions.metadata worker.config.json routes.json; do
  if [ ! -f "$publish/$required" ]; then
    echo "package-azure: $required missing from the publish output" >&2
    exit 1
  fi
done
if [ -f "$publish/local.settings.json" ]; then
  echo "package-azure: local.settings.json must not be packaged" >&2
  exit 1
fi

rm -f "$out/functionapp.zip"
(cd "$publish" && zip -q -r -X "$out/functionapp.zip" .)
echo "package-azure: $out/functionapp.zip ($(du -h "$out/functionapp.zip" | cut -f1))"
