"""A tiny HTTP proxy on 127.0.0.1 that forwards to an OpenAI-compatible server and writes down what
every answer cost: the `usage` of each JSON response, the request's path and status, and which
measurement window was open when the request arrived.

Counting on the wire measures every tool alike, whatever it reports about itself: each chunk,
re-ask and SDK retry a tool makes is one more request through here. A request is charged to the
window open when it *arrived*, so a late answer to a killed run never lands on the next one.

    proxy = CountingProxy("http://127.0.0.1:8080")   # the upstream server's root
    proxy.start()
    proxy.window = "tool-a/article-1"
    ... point the tool at proxy.root + "/v1", e.g. "http://127.0.0.1:PORT/v1" ...
    proxy.totals("tool-a/article-1")  # {'calls': 3, 'prompt_tokens': ..., 'completion_tokens': ..., ...}
    proxy.stop()

Standard library only, and no streaming: both tools benchmarked here make plain JSON requests.
"""

from __future__ import annotations

import http.client
import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

# Hop-by-hop headers are the proxy's own business (RFC 9110 section 7.6.1).
_HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "host",
    "content-length",
}


@dataclass
class Exchange:
    """One request through the proxy."""

    window: str | None
    method: str
    path: str
    status: int
    seconds: float
    prompt_tokens: int = 0
    completion_tokens: int = 0
    has_usage: bool = False


class CountingProxy:
    """Forward to `upstream`, record an `Exchange` per request. Thread-safe."""

    def __init__(self, upstream: str, *, timeout: float = 900.0) -> None:
        parts = urlsplit(upstream)
        if parts.scheme != "http" or not parts.hostname:
            raise ValueError(f"upstream must be http://host:port, got {upstream!r}")
        if parts.path.strip("/"):
            raise ValueError(f"upstream is the server's root; paths pass through unchanged, got {upstream!r}")
        self.upstream_host = parts.hostname
        self.upstream_port = parts.port or 80
        self.timeout = timeout
        self.window: str | None = None
        self.exchanges: list[Exchange] = []
        self._in_flight = 0
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def root(self) -> str:
        """The proxy's address; request paths are forwarded unchanged."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def in_flight(self) -> int:
        with self._lock:
            return self._in_flight

    def start(self) -> CountingProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until no request is being forwarded (after a killed run); False on timeout."""
        deadline = time.monotonic() + timeout
        while self.in_flight and time.monotonic() < deadline:
            time.sleep(0.2)
        return not self.in_flight

    def totals(self, window: str) -> dict[str, Any]:
        """Model calls (POSTs), tokens and failures charged to one window."""
        with self._lock:
            mine = [e for e in self.exchanges if e.window == window and e.method == "POST"]
        return {
            "calls": len(mine),
            "prompt_tokens": sum(e.prompt_tokens for e in mine),
            "completion_tokens": sum(e.completion_tokens for e in mine),
            "failed_calls": sum(1 for e in mine if e.status >= 400),
            "calls_without_usage": sum(1 for e in mine if e.status < 400 and not e.has_usage),
            "server_seconds": round(sum(e.seconds for e in mine), 3),
        }

    def _record(self, exchange: Exchange) -> None:
        with self._lock:
            self.exchanges.append(exchange)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base's name
                pass  # the benchmark's output is its table, not an access log

            def do_GET(self) -> None:
                self._forward()

            def do_POST(self) -> None:
                self._forward()

            def _forward(self) -> None:
                window = proxy.window
                with proxy._lock:
                    proxy._in_flight += 1
                started = time.perf_counter()
                try:
                    length = int(self.headers.get("content-length") or 0)
                    body = self.rfile.read(length) if length else None
                    headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
                    connection = http.client.HTTPConnection(
                        proxy.upstream_host, proxy.upstream_port, timeout=proxy.timeout
                    )
                    try:
                        connection.request(self.command, self.path, body=body, headers=headers)
                        response = connection.getresponse()
                        payload = response.read()
                        status, reason = response.status, response.reason
                        response_headers = [(k, v) for k, v in response.getheaders() if k.lower() not in _HOP_BY_HOP]
                    finally:
                        connection.close()
                except (OSError, http.client.HTTPException) as error:
                    status, reason, payload = 502, "Bad Gateway", json.dumps({"error": str(error)}).encode()
                    response_headers = [("Content-Type", "application/json")]
                finally:
                    with proxy._lock:
                        proxy._in_flight -= 1
                exchange = Exchange(window, self.command, self.path, status, time.perf_counter() - started)
                usage = _usage(payload)
                if usage is not None:
                    exchange.has_usage = True
                    exchange.prompt_tokens = int(usage.get("prompt_tokens") or 0)
                    exchange.completion_tokens = int(usage.get("completion_tokens") or 0)
                proxy._record(exchange)
                try:
                    self.send_response(status, reason)
                    for key, value in response_headers:
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except OSError:
                    pass  # the client went away (a killed run); the usage is recorded all the same

        return Handler


def _usage(payload: bytes) -> dict[str, Any] | None:
    try:
        document = json.loads(payload)
    except ValueError:
        return None
    usage = document.get("usage") if isinstance(document, dict) else None
    return usage if isinstance(usage, dict) else None
