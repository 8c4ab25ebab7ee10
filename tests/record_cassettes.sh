#!/usr/bin/env bash
# Re-record the HTTP cassettes against a real llama.cpp server with the bundled model.
# Usage: tests/record_cassettes.sh   (from the repo root, after the README's test command)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=8765
GGUF=$(.venv/bin/python -c "from summarizer.backends.embedded import bundled_model_path; print(bundled_model_path())")
.venv/bin/python -m llama_cpp.server --model "$GGUF" --host 127.0.0.1 --port "$PORT" --n_ctx 8192 --seed 1234 \
  > /tmp/summarizer-recording-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$PORT/v1/models" >/dev/null 2>&1 && break
  sleep 1
done
rm -rf tests/cassettes/test_server_replay
.venv/bin/pytest tests/test_server_replay.py --record-mode=rewrite -k "not cassettes_exist" "$@"
.venv/bin/pytest tests/test_server_replay.py
