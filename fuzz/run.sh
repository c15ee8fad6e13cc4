#!/usr/bin/env bash
# Coverage-guided fuzzing of solieu::analyze with cargo-fuzz (libFuzzer).
#
#   bash fuzz/run.sh                      # 600 s on the `analyze` target
#   FUZZ_SECONDS=1800 bash fuzz/run.sh
#   FUZZ_TARGET=analyze_blocks bash fuzz/run.sh
#   FUZZ_ARGS='-timeout=5' bash fuzz/run.sh   # extra libFuzzer flags
#   FUZZ_BUILD_ARGS='--sanitizer address' bash fuzz/run.sh   # cargo fuzz build flags
#
# By default the target is built with debug assertions (so integer overflow
# panics) and without a sanitizer: solieu has no `unsafe`, and ASan would only
# halve the executions a second.
#
# One fuzzing process (-fork=1) that goes on past crashes; crashes land in
# fuzz/artifacts/<target>/, the log in fuzz/logs/<target>-<time>.log. Exits 1
# when the run found a crash.
set -euo pipefail

fuzz_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
crate_dir=$(dirname "$fuzz_dir")
target=${FUZZ_TARGET:-analyze}
seconds=${FUZZ_SECONDS:-600}
artifacts=$fuzz_dir/artifacts/$target
corpus=$fuzz_dir/corpus/$target
cd "$crate_dir"

if ! command -v cargo-fuzz >/dev/null 2>&1 && ! cargo fuzz --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz"
    cargo install cargo-fuzz
fi

# libFuzzer needs nightly flags: use the nightly toolchain when there is one.
if cargo +nightly --version >/dev/null 2>&1; then
    fuzz=(cargo +nightly fuzz)
else
    echo "== no nightly toolchain: RUSTC_BOOTSTRAP=1 on the default one"
    export RUSTC_BOOTSTRAP=1
    fuzz=(cargo fuzz)
fi

echo "== seeding $corpus"
bash "$fuzz_dir/seed.sh"
mkdir -p "$artifacts"
before=$(find "$artifacts" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | sort)
corpus_before=$(find "$corpus" -type f | wc -l)

mkdir -p "$fuzz_dir/logs"
log=$fuzz_dir/logs/$target-$(date -u +%Y%m%dT%H%M%SZ).log
echo "== fuzzing $target for ${seconds}s (log: $log)"
start=$(date +%s)
status=0
# shellcheck disable=SC2086 # FUZZ_ARGS and FUZZ_BUILD_ARGS are lists of flags
"${fuzz[@]}" run ${FUZZ_BUILD_ARGS:---debug-assertions --sanitizer none} "$target" "$corpus" -- \
    -max_total_time="$seconds" \
    -max_len=8192 \
    -timeout=10 \
    -dict="$fuzz_dir/analyze.dict" \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -print_final_stats=1 \
    ${FUZZ_ARGS:-} 2>&1 | tee "$log" || status=$?
elapsed=$(($(date +%s) - start))

after=$(find "$artifacts" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | sort)
new=$(comm -13 <(printf '%s\n' "$before") <(printf '%s\n' "$after") | sed '/^$/d')
stats=$(grep -E '^#[0-9]+' "$log" || true)
first=$(printf '%s\n' "$stats" | head -n 1)
last=$(printf '%s\n' "$stats" | tail -n 1)

echo
echo "== summary: $target"
fuzz_time=$(grep -oE 'INFO: exiting: [0-9]+ time: [0-9]+s' "$log" | grep -oE '[0-9]+s$' || true)
echo "run time:    ${fuzz_time:-?} fuzzing, ${elapsed}s wall with the build (asked ${seconds}s), exit status $status"
echo "execs:       $(printf '%s\n' "$last" | grep -oE '^#[0-9]+' | tr -d '#' || echo '?')"
echo "first stat:  ${first:-none}"
echo "last stat:   ${last:-none}"
echo "corpus:      $corpus_before -> $(find "$corpus" -type f | wc -l) inputs"
if [ -n "$new" ]; then
    echo "new crashes: $(printf '%s\n' "$new" | wc -l)"
    printf '  %s\n' $new
    echo "minimize:    ${fuzz[*]} tmin $target <artifact>"
else
    echo "new crashes: none"
fi
echo "log:         $log"
# libFuzzer's own status in fork mode depends on whether the last job crashed:
# report crashes consistently instead.
if [ -n "$new" ]; then
    exit 1
fi
exit "$status"
