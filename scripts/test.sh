#!/usr/bin/env bash
# Runs every test suite: the .NET solution (unit, emulator-backed and end-to-end tests) and the Pulumi program's
# type check and mock tests. Installs what it needs (Node 22 for the emulators, npm packages), starts the
# emulators it needs and stops what it started. Ends with one line: "tests: N passed, M failed".
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if [ -z "${CLOUDEVENTS_CONFORMANCE_DIR:-}" ] && [ -d "$root/../shared/conformance/json" ]; then
  export CLOUDEVENTS_CONFORMANCE_DIR="$root/../shared/conformance/json"
fi
logs="$root/.local/test-logs"
mkdir -p "$logs"
passed=0 failed=0 broken=()

started_emulators=0
if ! scripts/emulators.sh status | grep -q 'fauxqs: running'; then
  scripts/emulators.sh start || { echo "tests: 0 passed, 1 failed"; exit 1; }
  started_emulators=1
fi
cleanup() { [ "$started_emulators" = 1 ] && scripts/emulators.sh stop; }
trap cleanup EXIT

echo "== .NET: dotnet test Serverless.sln"
dotnet build Serverless.sln -c Release 2>&1 | tee "$logs/build.log" | grep -E "error|Build succeeded|Warn|Time Elapsed" | grep -v NU1603
if [ "${PIPESTATUS[0]}" != 0 ]; then broken+=("build"); fi
dotnet test Serverless.sln -c Release --no-build 2>&1 | tee "$logs/dotnet-test.log" | grep -E "^\s*(Passed!|Failed!)|\[FAIL\]|error" 
# One summary line per test assembly: "Passed!  - Failed: 0, Passed: 563, Skipped: 0, Total: 563, ..."
while read -r f p; do passed=$((passed + p)); failed=$((failed + f)); done < <(
  grep -E "^\s*(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+" "$logs/dotnet-test.log" |
    sed -E 's/.*Failed: +([0-9]+), +Passed: +([0-9]+).*/\1 \2/')
projects=$(grep -lE '<PackageReference Include="Microsoft.NET.Test.Sdk"' tests/*/*.csproj | wc -l)
summaries=$(grep -cE "^\s*(Passed|Failed)! +- " "$logs/dotnet-test.log")
if [ "$summaries" -lt "$projects" ]; then
  echo "only $summaries of $projects test projects reported results (a test host crashed or did not build)"
  failed=$((failed + projects - summaries)); broken+=("dotnet test")
fi

echo "== infra: tsc --strict and Pulumi mock tests"
if [ -f infra/package.json ]; then
  npm_ci() { npm ci --no-audit --no-fund --loglevel=error || { rm -rf node_modules; npm ci --no-audit --no-fund --loglevel=error; }; }
  (cd infra && { [ -d node_modules ] || npm_ci; } && npm test) > "$logs/infra.log" 2>&1
  infra_rc=$?
  tail -n 12 "$logs/infra.log"
  p=$(grep -E "^# pass [0-9]+" "$logs/infra.log" | tail -1 | awk '{print $3}')
  f=$(grep -E "^# fail [0-9]+" "$logs/infra.log" | tail -1 | awk '{print $3}')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  if [ "$infra_rc" != 0 ] && [ "${f:-0}" = 0 ]; then failed=$((failed + 1)); broken+=("infra (tsc or npm)"); fi
fi

[ ${#broken[@]} -gt 0 ] && echo "broken suites: ${broken[*]} (logs in .local/test-logs)"
echo "tests: $passed passed, $failed failed"
[ "$failed" = 0 ] && [ ${#broken[@]} = 0 ]
