#!/usr/bin/env bash
# System packages the test suite uses when they are missing (CI runs as root on a fresh Debian
# machine): zstd for the cache archives. Upstream's real tools and a QEMU with IGVM support are not
# installed here: tests that want them take them from the environment (docs/real-tools.md). Nothing
# is installed when everything is already there; a failure is reported and the tests that need the
# package say they are skipped.
set -uo pipefail
cd "$(dirname "$0")/.."
want=()
command -v zstd >/dev/null || want+=(zstd)
[ ${#want[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "ci-system-deps: not root; missing: ${want[*]}"
  exit 0
fi
echo "ci-system-deps: installing ${want[*]}"
apt-get update -qq >/dev/null 2>&1 || echo "ci-system-deps: apt-get update failed"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null ||
  echo "ci-system-deps: could not install ${want[*]}"
exit 0
