#!/usr/bin/env bash
# Fills the fuzz corpora from the articles of the repository:
#   fuzz/corpus/analyze/         <language byte><text piece>
#   fuzz/corpus/analyze_blocks/  <language byte><hint count><hints><text piece>
# Pieces are cut at line (paragraph) boundaries, a few hundred to ~4000 bytes.
# The language byte is an ASCII digit: '0' detect, '1' Vietnamese, '2' English.
# Usage: bash fuzz/seed.sh  (from anywhere; idempotent)
set -euo pipefail

fuzz_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
crate_dir=$(dirname "$fuzz_dir")
out=$fuzz_dir/corpus/analyze
out_blocks=$fuzz_dir/corpus/analyze_blocks
mkdir -p "$out" "$out_blocks"

shopt -s nullglob
sources=("$crate_dir"/tests/corpus/*.txt "$crate_dir"/www/samples/*.txt "$crate_dir"/../shared/corpus/*.txt)

for src in "${sources[@]}"; do
    name=$(basename "$src" .txt)
    case $name in
        vi-*) lang=1 ;;
        en-*) lang=2 ;;
        *) lang=0 ;;
    esac
    LC_ALL=C awk -v out="$out" -v out_blocks="$out_blocks" -v name="$name" -v lang="$lang" '
        function units(s,    t, n, cont, four) {
            # UTF-16 length of a UTF-8 string, counted in bytes under LC_ALL=C.
            t = s; n = length(t); cont = gsub(/[\200-\277]/, "", t)
            t = s; four = gsub(/[\360-\367]/, "", t)
            return n - cont + four
        }
        function u16(n) { return sprintf("%c%c", n % 256, int(n / 256) % 256) }
        function emit(    f, i, hints, count) {
            if (buf !~ /[^ \t\r\n]/) return
            f = sprintf("%s/seed-%s-%03d", out, name, piece)
            printf "%s%s", lang, buf > f; close(f)
            f = sprintf("%s/seed-%s-%03d-auto", out, name, piece)
            printf "0%s", buf > f; close(f)
            # The same piece with one hint a line (at most 16), in UTF-16 offsets.
            hints = ""; count = 0
            for (i = 1; i <= nlines && count < 16; i++) {
                if (lend[i] <= lstart[i]) continue
                hints = hints u16(lstart[i]) u16(lend[i]) sprintf("%c", lkind[i])
                count++
            }
            f = sprintf("%s/seed-%s-%03d", out_blocks, name, piece)
            printf "%s%c%s%s", lang, count, hints, buf > f; close(f)
            f = sprintf("%s/seed-%s-%03d-nohints", out_blocks, name, piece)
            printf "%s%c%s", lang, 0, buf > f; close(f)
            piece++; buf = ""; pos = 0; nlines = 0
            target = sizes[piece % 5 + 1]
        }
        BEGIN { split("350 4000 800 2500 1500", sizes, " "); target = sizes[0 + 1]; piece = 0 }
        {
            line = $0 "\n"
            n = units($0)
            nlines++
            lstart[nlines] = pos; lend[nlines] = pos + n
            # Kinds as the fuzz target reads them: 1 = h1, 6 = p, 7 = li, 8 = caption.
            if (NR == 1) lkind[nlines] = 1
            else if ($0 ~ /^[-*+] / || $0 ~ /^\342\200\242/) lkind[nlines] = 7
            else if ($0 ~ /^\(?(Photo|Ảnh|\341\272\242nh|Image)/) lkind[nlines] = 8
            else lkind[nlines] = 6
            buf = buf line; pos += n + 1
            if (length(buf) >= target) emit()
        }
        END { emit() }
    ' "$src"
done

echo "seeded $(ls "$out" | wc -l) inputs in $out, $(ls "$out_blocks" | wc -l) in $out_blocks"
