#!/usr/bin/env bash
# Packages the three functions for `pulumi up`:
#   artifacts/aws/bootstrap.zip       the Lambda (provided.al2023 custom runtime, Native AOT `bootstrap`)
#   artifacts/azure/functionapp.zip   the Function App (isolated worker, zip deploy)
#   artifacts/gcp/service.tar.gz      the Cloud Run service (framework-dependent publish)
# usage: scripts/package.sh [x86_64|arm64]   (the Lambda architecture; default x86_64)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bash "$here/package-aws.sh" "${1:-x86_64}"
bash "$here/package-azure.sh"
bash "$here/package-gcp.sh"
