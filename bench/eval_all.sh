#!/bin/sh
# The quality table of the README: `summarizer eval` on every annotated dev file in ../shared/eval
# (read in place, never copied), with the embedded default unless model flags are passed through,
# e.g. bench/eval_all.sh --base-url http://127.0.0.1:8080/v1 --model llama3
# Figures go to bench/results/<dataset>.json; a run compares itself with the previous one there.
set -u
here=$(cd "$(dirname "$0")" && pwd)
eval_dir=$(cd "${EVAL_DIR:-$here/../../shared/eval}" && pwd)
results=$here/results
mkdir -p "$results"
status=0
# capable_ggt replays recorded answers (no model call, whatever the flags); frank_cnndm briefs its
# articles for ROUGE and checks FRANK's system summaries without a model.
for dataset in ggt_quotes polnear conll2003_ner giveme5w1h_gold capable_ggt frank_cnndm; do
    filter=""
    [ "$dataset" = polnear ] && filter="--filter compartment=dev"  # its file also holds the train compartment
    previous=""
    [ -f "$results/$dataset.json" ] && cp "$results/$dataset.json" "$results/$dataset.previous.json" \
        && previous="--compare $results/$dataset.previous.json"
    # shellcheck disable=SC2086  # filter and previous are deliberately split into words
    "$here/../.venv/bin/summarizer" eval "$eval_dir/$dataset/dev.jsonl" $filter $previous \
        --json "$results/$dataset.json" "$@" || status=$?
    echo
done
exit $status
