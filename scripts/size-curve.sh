#!/bin/sh
# The size curve: wall time and peak memory of `check` and `export`, each as a
# whole process, for templates of 0.5, 1, 2 and 5 MB built by
# scripts/big-template.sh. See BENCHMARKS.md, "Size curve".
#
#   scripts/size-curve.sh [BINARY] [RUNS]
#
# BINARY defaults to target/release/handout-desk; RUNS (default 3) runs of each
# command are timed and the median printed. Needs GNU time (/usr/bin/time).
# Scratch files go to a fresh folder under ${TMPDIR:-/tmp}.
set -eu

here=$(dirname "$0")
binary=${1:-"$here/../target/release/handout-desk"}
runs=${2:-3}
profile="$here/../handouts/profiles/example-clinic.ron"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/size-curve.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# Runs "$@" RUNS times; prints the median wall seconds, the median CPU
# seconds (user + system: steadier than wall time on a busy machine) and the
# median peak RSS in MiB. Exit status 0 or 1 (problems found) counts;
# anything else stops.
measure() {
    : > "$scratch/times"
    for _ in $(seq "$runs"); do
        status=0
        /usr/bin/time -f '%e %U %S %M' -o "$scratch/time" "$@" >"$scratch/out" 2>&1 || status=$?
        if [ "$status" -gt 1 ]; then
            echo "failed ($status): $*" >&2
            cat "$scratch/out" >&2
            exit 1
        fi
        awk '{ print $1, $2 + $3, $4 }' "$scratch/time" >> "$scratch/times"
    done
    mid=$(( (runs + 1) / 2 ))
    seconds=$(cut -d' ' -f1 "$scratch/times" | sort -n | sed -n "${mid}p")
    cpu=$(cut -d' ' -f2 "$scratch/times" | sort -n | sed -n "${mid}p")
    kilobytes=$(cut -d' ' -f3 "$scratch/times" | sort -n | sed -n "${mid}p")
    printf '%5.2f s %5.2f s %4d MiB' "$seconds" "$cpu" $(( kilobytes / 1024 ))
}

printf '%-6s  %-24s  %-24s\n' "size" "check (wall, CPU, peak)" "export (wall, CPU, peak)"
for megabytes in 0.5 1 2 5; do
    dir="$scratch/templates-$megabytes"
    template=$("$here/big-template.sh" "$megabytes" "$dir")
    id=$(basename "$template" .ron)
    check=$(measure "$binary" check "$template")
    export=$(HANDOUT_DESK_DATA_DIR="$scratch/data" measure "$binary" --templates-dir "$dir" \
        export --template "$id" --profile "$profile" --date 2026-12-02 --out "$scratch/$id.pdf")
    printf '%-6s  %-24s  %-24s\n' "$megabytes MB" "$check" "$export"
done
