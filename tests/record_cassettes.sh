#!/usr/bin/env bash
# Re-record the HTTP cassettes against a real llama.cpp server with the bundled model.
# Usage: tests/record_cassettes.sh [tests/PACKAGE/test_MODULE.py ...] [pytest options]
#   (from the repo root, after the README's test command). Without a module, every module with
#   cassettes is re-recorded; only its tests marked `vcr` are run against the server. Cassettes
#   live in tests/cassettes/<module basename>/ wherever the module is (tests/conftest.py).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=8765
MODULES=()
OPTIONS=()
for arg in "$@"; do
  case "$arg" in
    tests/test_*.py | tests/*/test_*.py) MODULES+=("$arg") ;;
    *) OPTIONS+=("$arg") ;;
  esac
done
if [ ${#MODULES[@]} -eq 0 ]; then
  MODULES=(tests/pipeline/test_server_replay.py tests/pipeline/test_prompt_injection.py tests/merge/test_merge_replay.py)
fi
GGUF=$(.venv/bin/python -c "from summarizer.backends.embedded import bundled_model_path; print(bundled_model_path())")
.venv/bin/python -m llama_cpp.server --model "$GGUF" --host 127.0.0.1 --port "$PORT" --n_ctx 8192 --seed 1234 \
  > /tmp/summarizer-recording-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$PORT/v1/models" >/dev/null 2>&1 && break
  sleep 1
done
for module in "${MODULES[@]}"; do
  rm -rf "tests/cassettes/$(basename "$module" .py)"
done
.venv/bin/pytest "${MODULES[@]}" --record-mode=rewrite -m vcr "${OPTIONS[@]}"
.venv/bin/pytest "${MODULES[@]}"
