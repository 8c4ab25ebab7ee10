"""A scripted OpenAI-compatible chat server on 127.0.0.1 for tests of our HTTP behaviour
(retries, re-asks, one-line errors). It answers from a fixed script, records every request,
and stops with its fixture; a test that sends more requests than scripted gets HTTP 599.
Requests sent concurrently arrive in any order, so the script may instead be a function that
answers each request by what it asks."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


def completion(content: str, finish_reason: str = "stop") -> Reply:
    """A chat completion whose message content is `content` (usually JSON text)."""
    return Reply(
        body={
            "id": "chatcmpl-stub",
            "object": "chat.completion",
            "created": 0,
            "model": "stub",
            "choices": [
                {"index": 0, "finish_reason": finish_reason, "message": {"role": "assistant", "content": content}}
            ],
            "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
        }
    )


def draft_reply(**draft: Any) -> Reply:
    """A completion carrying a Draft; missing sections are empty."""
    full = {"headline": "", "summary": "", "what": [], "who": [], "numbers": [], "quotes": []}
    full.update(draft)
    return completion(json.dumps(full))


def error_reply(status: int, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status=status, body={"error": {"message": f"stub error {status}"}}, headers=headers or {})


class _Listener(ThreadingHTTPServer):
    # socketserver's default backlog of 5 drops connections when a batch opens 16 at once.
    request_queue_size = 128
    daemon_threads = True


class StubServer:
    def __init__(self, script: list[Reply] | Callable[[dict], Reply], *, keep_requests: bool = True) -> None:
        self.answer = script if callable(script) else None
        self.script = [] if callable(script) else list(script)
        self._lock = threading.Lock()
        self.requests: list[dict] = []
        self.headers: list[dict[str, str]] = []
        self.count = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("content-length", 0))
                request = json.loads(self.rfile.read(length) or b"{}")
                with server._lock:
                    server.count += 1
                    if keep_requests:  # a benchmark's server would otherwise grow without end
                        server.requests.append(request)
                        server.headers.append({name.lower(): value for name, value in self.headers.items()})
                    scripted = server.script.pop(0) if server.script else error_reply(599)
                # Answered outside the lock, so a test can hold requests until others arrive.
                reply = server.answer(request) if server.answer else scripted
                payload = json.dumps(reply.body).encode()
                self.send_response(reply.status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:
                pass

        self._httpd = _Listener(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def __enter__(self) -> StubServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
