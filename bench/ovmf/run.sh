#!/usr/bin/env bash
# Opt-in slow check that `svsm-build firmware` is reproducible with a real edk2: Debian's edk2
# source package (trixie, edk2 2025.02 with its submodules and Debian's patches) committed once,
# cloned twice into two different directories, each clone built cold by `svsm-build firmware` in
# the same fixed build path, the images compared byte for byte. Then the OVMF image is built into
# examples/mini-svsm's qemu recipe. Needs root for apt-get. Prints both sha256 sums and times.
#   bash bench/ovmf/run.sh [DEBUG|RELEASE]
# Exit 1 when the two builds differ (and the differing intermediate .efi files are listed).
set -euo pipefail
target=${1:-DEBUG}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${OVMF_BENCH_DIR:-/tmp/svsm-build-ovmf-bench}
build_dir=${OVMF_BUILD_DIR:-/tmp/svsm-build/edk2}
mkdir -p "$work"

if ! command -v nasm >/dev/null || ! command -v iasl >/dev/null || [ ! -e /usr/include/uuid/uuid.h ]; then
  apt-get update -q >/dev/null
  apt-get install -y -q nasm acpica-tools uuid-dev python3 gcc g++ make >/dev/null
fi
if [ ! -d "$work/src/.git" ]; then
  # Debian's edk2 2025.02 source (trixie): the upstream tarball with the submodules it needs, and
  # Debian's patches (among them, BaseTools without BrotliCompress), as `dpkg-source -x` applies
  # them. `apt-get source` needs the .dsc, which some mirrors do not serve; the pool's tarballs do.
  pool=${EDK2_POOL:-http://deb.debian.org/debian/pool/main/e/edk2}
  rm -rf "$work/src" && mkdir -p "$work/src"
  curl -fsSL -o "$work/orig.tar.xz" "$pool/edk2_2025.02.orig.tar.xz"
  curl -fsSL -o "$work/debian.tar.xz" "$pool/edk2_2025.02-8+deb13u1.debian.tar.xz"
  tar -xJf "$work/orig.tar.xz" -C "$work/src" --strip-components=1
  tar -xJf "$work/debian.tar.xz" -C "$work/src"
  while read -r patch; do patch -s -p1 -d "$work/src" < "$work/src/debian/patches/$patch"; done < "$work/src/debian/patches/series"
  # One commit dated like the Debian upload, so the commit (and its time, the build's epoch) is
  # the same on every run of this script.
  when=$(sed -n 's/^ -- .*>  //p' "$work/src/debian/changelog" | head -1)
  (cd "$work/src" && git init -q && git add -A &&
    GIT_AUTHOR_DATE="$when" GIT_COMMITTER_DATE="$when" git -c user.name=bench -c user.email=bench@svsm-build \
      -c commit.gpgsign=false commit -qm "edk2 2025.02-8+deb13u1")
fi
commit=$(git -C "$work/src" rev-parse HEAD)
cli="node $repo/dist/cli/index.js"
build() { # $1: clone dir, $2: output dir; prints the seconds it took
  rm -rf "$1" "$build_dir" && git clone -q "$work/src" "$1"
  local t0=$SECONDS
  $cli firmware --edk2 "$1" --target "$target" --build-dir "$build_dir" -D TPM2_ENABLE --out "$2" >"$2.log" 2>&1 ||
    { tail -40 "$2.log" >&2; exit 1; }
  echo $((SECONDS - t0))
}
# Two clones in different places: the clone path must not matter, only the commit.
first=$(build "$work/clone-a" "$work/out1")
# Keep the first build's .efi files to name what differs, should anything.
rm -rf "$work/efi1" && mkdir -p "$work/efi1" &&
  (cd "$build_dir/Build" && find . -name '*.efi' -path '*/OUTPUT/*' -exec cp --parents {} "$work/efi1" \;)
second=$(build "$work/elsewhere/deeper/clone-b" "$work/out2")

echo "edk2 2025.02-8+deb13u1 (Debian) $commit OvmfPkgX64 $target, build dir $build_dir"
echo "epoch: $(node -e 'const r=require(process.argv[1]).reproducible; console.log(`${r.sourceDateEpoch} (${r.epochFrom}), ${r.method}`)' "$work/out1/manifest.json")"
echo "first build  ($work/clone-a):                 ${first} s  $(sha256sum "$work/out1/OVMF.fd" | cut -d' ' -f1)  OVMF.fd"
echo "second build ($work/elsewhere/deeper/clone-b): ${second} s  $(sha256sum "$work/out2/OVMF.fd" | cut -d' ' -f1)  OVMF.fd"
same=1
for f in "$work"/out1/*.fd; do
  n=$(basename "$f")
  if cmp -s "$f" "$work/out2/$n"; then echo "  $n identical ($(stat -c %s "$f") bytes)"; else
    same=0
    echo "  $n DIFFERS: $(cmp -l "$f" "$work/out2/$n" | wc -l) of $(stat -c %s "$f") bytes"
  fi
done
if [ "$same" = 0 ]; then
  echo "differing .efi files:"
  (cd "$work/efi1" && find . -name '*.efi' | sort | while read -r e; do
    cmp -s "$e" "$build_dir/Build/$e" || echo "  $e: $(cmp -l "$e" "$build_dir/Build/$e" | wc -l) bytes"
  done)
  exit 1
fi

tree=$(mktemp -d)/svsm
cp -r "$repo/examples/mini-svsm" "$tree" && rm -rf "$tree/target" "$tree/bin"
(cd "$tree" && git init -q && git add -A && git -c user.name=b -c user.email=b@e commit -qm x && git -c user.name=b -c user.email=b@e tag -a -m r v2026.01)
$cli build --svsm "$tree" --firmware "$work/out1/OVMF.fd" configs/qemu-target.json | tail -4
