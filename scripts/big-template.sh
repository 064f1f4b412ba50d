#!/bin/sh
# Builds an oversized template for measuring how checking and exporting scale
# with template size (see BENCHMARKS.md, "Size curve").
#
#   scripts/big-template.sh MEGABYTES OUT_DIR      (1 MB = 1,048,576 bytes)
#
# writes OUT_DIR/big-<MEGABYTES>.ron (MEGABYTES may be a decimal such as 0.5;
# the id uses "-" for "."): the shipped kratom template's header and sources,
# its blocks (all but the closing Sources block) repeated until the file
# reaches the size, then the Sources block. Every repeat is valid, so the
# result checks and exports like a (very long) real handout.
set -eu

if [ $# -ne 2 ]; then
    echo "usage: $0 MEGABYTES OUT_DIR" >&2
    exit 2
fi
megabytes=$1
out_dir=$2
here=$(dirname "$0")
source_template="$here/../handouts/kratom-risks.ron"
name=$(printf '%s' "$megabytes" | tr . -)
id="big-$name"
target_bytes=$(awk -v mb="$megabytes" 'BEGIN { printf "%d", mb * 1048576 }')

mkdir -p "$out_dir"
out="$out_dir/$id.ron"

LC_ALL=C awk -v id="$id" -v target="$target_bytes" '
    # Header: everything up to and including "blocks: [".
    in_blocks == 0 {
        if ($0 ~ /^    id: "/) { $0 = "    id: \"" id "\"," }
        header = header $0 "\n"
        if ($0 ~ /^    blocks: \[/) { in_blocks = 1 }
        next
    }
    # Blocks up to the Sources block, which closes the handout.
    in_blocks == 1 {
        if ($0 ~ /^        Sources\(/) { in_blocks = 2; footer = $0 "\n"; next }
        body = body $0 "\n"
        next
    }
    { footer = footer $0 "\n" }
    END {
        printf "%s", header
        written = length(header) + length(footer)
        while (written < target) {
            printf "%s", body
            written += length(body)
        }
        printf "%s", footer
    }
' "$source_template" > "$out"
echo "$out"
