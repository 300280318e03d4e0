#!/usr/bin/env bash
# Sets up, builds, and runs every test (unit, storage, end-to-end on the real binary).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
cd "${BUILD_DIR:-build}"
ctest --output-on-failure -j "$(nproc)"
