#!/usr/bin/env bash
# The issue-12 side-by-side: the whole `handout-desk export` process on the
# anchors' two-page kratom handout (benches/fixtures/anchor-kratom.ron, tagged,
# as every export is) against the Typst CLI on the same handout, and a sheet of
# wallet cards; then the PDFs' sizes. See BENCHMARKS.md, "Issue 12".
#
# Usage: benches/anchor.sh [BINARY] [RUNS]
#   BINARY  default target/release/handout-desk (`cargo build --release`)
#   RUNS    default 30
# Environment:
#   TYPST=/path/to/typst          the Typst CLI (default /work/typst/bin/typst)
#   ANCHORS=/path/to/anchors      the anchors' folder with handout.typ and fonts/
#                                 (default ../shared/bench/anchors); Typst is
#                                 skipped when either is missing.
#   OUTDIR=/dev/shm               where the PDFs and the desk's data go (default /tmp)
# Needs hyperfine (apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${1:-target/release/handout-desk}")
RUNS=${2:-30}
TYPST=${TYPST:-/work/typst/bin/typst}
# ../shared beside the repository (../../shared from a worktree in wt/).
ANCHORS=${ANCHORS:-$( [ -d ../shared/bench/anchors ] && echo ../shared/bench/anchors || echo ../../shared/bench/anchors )}
# OUTDIR: where the PDFs and the desk's data go (default a new folder in /tmp;
# /dev/shm takes the disk's fsync cost out for both tools alike).
OUT=$(mktemp -d "${OUTDIR:-/tmp}/anchor.XXXXXX")
# The desk's data (sign-offs, the handout log) in a fresh folder, never the
# machine's own; each export appends a line to its log, as in real use.
export HANDOUT_DESK_DATA_DIR=$OUT/data
mkdir -p "$HANDOUT_DESK_DATA_DIR"

FIX=$PWD/benches/fixtures
A="$BIN --templates-dir $FIX export --template anchor-kratom --profile $FIX/anchor-profile.ron --date 2026-11-22 --out $OUT/a.pdf"
Q="$BIN --templates-dir $FIX export --template anchor-kratom --qr --profile $FIX/anchor-profile.ron --date 2026-11-22 --out $OUT/q.pdf"
W="$BIN export --template kratom-risks --layout wallet-card --profile handouts/profiles/example-clinic.ron --date 2026-11-22 --out $OUT/w.pdf"

commands=("$A" "$Q" "$W")
names=(handout-desk-anchor handout-desk-anchor-qr handout-desk-wallet-cards)
if [ -x "$TYPST" ] && [ -f "$ANCHORS/handout.typ" ]; then
  ANCHORS=$(realpath "$ANCHORS")
  B="$TYPST compile --font-path $ANCHORS/fonts --ignore-system-fonts $ANCHORS/handout.typ $OUT/t.pdf"
  commands=("$A" "$B" "$Q" "$W")
  names=(handout-desk-anchor typst-cli-anchor handout-desk-anchor-qr handout-desk-wallet-cards)
else
  echo "(no Typst CLI at $TYPST or no $ANCHORS/handout.typ: Typst skipped)"
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
args=()
for i in "${!commands[@]}"; do args+=(-n "${names[$i]}" "${commands[$i]}"); done
hyperfine -N -w 5 -r "$RUNS" --export-json "$OUT/times.json" "${args[@]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$OUT/times.json" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
by = {r["command"]: r for r in results}
print(f"{'command':28s} {'median wall ms':>15s} {'mean user ms':>13s} {'mean sys ms':>12s}")
for r in results:
    print(f"{r['command']:28s} {1000 * r['median']:15.2f} {1000 * r['user']:13.2f} {1000 * r['system']:12.2f}")
a, b = by.get("handout-desk-anchor"), by.get("typst-cli-anchor")
if a and b:
    print(f"Typst / handout-desk, median wall: {b['median'] / a['median']:.2f}x; "
          f"CPU (user+sys): {(b['user'] + b['system']) / (a['user'] + a['system']):.2f}x")
PY
for f in a q w t; do
  [ -f "$OUT/$f.pdf" ] && printf '%s.pdf %s bytes, %s pages\n' "$f" "$(stat -c %s "$OUT/$f.pdf")" \
    "$(pdfinfo "$OUT/$f.pdf" 2>/dev/null | awk '/^Pages/ {print $2}')"
done
echo "PDFs and times in $OUT"
if [ -n "${B:-}" ]; then
  echo
  echo "Paired, alternating (A = handout-desk, B = Typst CLI):"
  python3 benches/paired.py "$RUNS" "$A" "$B"
fi
