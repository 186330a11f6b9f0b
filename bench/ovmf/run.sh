#!/usr/bin/env bash
# Opt-in slow check of the firmware builder with a real edk2: Debian's edk2 source package
# (trixie, edk2 2025.02 with its submodules), built twice by `svsm-build firmware` in the same
# fixed build path, the images compared, and the OVMF image built into examples/mini-svsm's
# qemu recipe. Needs root for apt-get. Prints the times and whether the two builds are identical.
#   bash bench/ovmf/run.sh [DEBUG|RELEASE]
set -euo pipefail
target=${1:-DEBUG}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${OVMF_BENCH_DIR:-/tmp/svsm-build-ovmf-bench}
mkdir -p "$work"

if ! command -v nasm >/dev/null || ! command -v iasl >/dev/null || [ ! -e /usr/include/uuid/uuid.h ]; then
  apt-get install -y -q nasm acpica-tools uuid-dev python3 gcc g++ make >/dev/null
fi
if [ ! -d "$work/src" ]; then
  # Debian's edk2 2025.02 source (trixie): the upstream tarball with the submodules it needs, and
  # Debian's patches (among them, BaseTools without BrotliCompress), as `dpkg-source -x` applies
  # them. `apt-get source` needs the .dsc, which some mirrors do not serve; the pool's tarballs do.
  pool=${EDK2_POOL:-http://deb.debian.org/debian/pool/main/e/edk2}
  curl -fsSL -o "$work/orig.tar.xz" "$pool/edk2_2025.02.orig.tar.xz"
  curl -fsSL -o "$work/debian.tar.xz" "$pool/edk2_2025.02-8+deb13u1.debian.tar.xz"
  mkdir -p "$work/src"
  tar -xJf "$work/orig.tar.xz" -C "$work/src" --strip-components=1
  tar -xJf "$work/debian.tar.xz" -C "$work/src"
  while read -r patch; do patch -s -p1 -d "$work/src" < "$work/src/debian/patches/$patch"; done < "$work/src/debian/patches/series"
  (cd "$work/src" && git init -q && git add -A && git -c user.name=b -c user.email=b@e commit -qm "edk2 2025.02-8+deb13u1")
fi
cli="node $repo/dist/cli/index.js"
build() { # $1: output dir
  local t0=$SECONDS
  $cli firmware --edk2 "$work/src" --target "$target" --build-dir /tmp/svsm-build/edk2 -D TPM2_ENABLE --out "$1" >"$1.log" 2>&1 || { tail -40 "$1.log"; exit 1; }
  echo $((SECONDS - t0))
}
first=$(build "$work/out1")
second=$(build "$work/out2")
echo "edk2 2025.02-8+deb13u1 (Debian) OvmfPkgX64 $target: first build ${first} s, second build ${second} s"
if cmp -s "$work/out1/OVMF.fd" "$work/out2/OVMF.fd"; then echo "same fixed path: OVMF.fd identical ($(sha256sum "$work/out1/OVMF.fd" | cut -c1-16)...)"; else echo "same fixed path: OVMF.fd DIFFERS"; fi

tree=$(mktemp -d)/svsm
cp -r "$repo/examples/mini-svsm" "$tree" && rm -rf "$tree/target" "$tree/bin"
(cd "$tree" && git init -q && git add -A && git -c user.name=b -c user.email=b@e commit -qm x && git -c user.name=b -c user.email=b@e tag -a -m r v2026.01)
$cli build --svsm "$tree" --firmware "$work/out1/OVMF.fd" configs/qemu-target.json | tail -4
