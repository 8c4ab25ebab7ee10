"""A fault-injecting OpenAI-compatible chat server on 127.0.0.1: the one place for every way a
model server can fail us, so tests of retries, re-asks, salvage and batch accounting say which
fault comes when and the server counts what it injected.

    with FaultServer(schedule(server_error(503), good())) as server:   # each article: a 503, then a good answer
        summarize(text, base_url=server.base_url)
    server.injected["server_error"], server.transport_faults

A plan is a list of faults (the n-th request overall gets the n-th fault; later ones are good) or
a function of the article (the text between the user message's ARTICLE markers) and that article's
request number (1 for its first), which is what concurrent requests need. Good answers are
grounded drafts made from the article itself (bench/model_stub.py's `draft_for`).

Bounded: after `max_requests` requests every answer is HTTP 599, and after `lifetime` seconds the
server closes itself (a refused connection, never a hang), so a broken test cannot wait forever."""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any

from bench.model_stub import _ARTICLE, _SENTENCE_NUMBER, draft_for

from .stub_server import Reply, _Listener, completion, error_reply

# Faults the transport layer retries (summarizer.backends.retrying); the others reach the
# validation above it: a re-ask, a salvage or a drop.
TRANSPORT = frozenset({"rate_limited", "server_error", "reset", "slow", "malformed_body"})
UNGROUNDED_QUOTE = "We will never raise taxes again, not while I am here"


@dataclass(frozen=True)
class Fault:
    """One answer's fault; build it with the functions below."""

    kind: str
    status: int = 200
    retry_after: float | None = None
    seconds: float = 0.0


def good() -> Fault:
    """A valid draft grounded in the article."""
    return Fault("good")


def rate_limited(retry_after: float | None = None) -> Fault:
    """HTTP 429, with a Retry-After header of `retry_after` seconds when given."""
    return Fault("rate_limited", status=429, retry_after=retry_after)


def server_error(status: int = 503) -> Fault:
    """HTTP 500, 502 or 503."""
    return Fault("server_error", status=status)


def reset() -> Fault:
    """The connection closed with a TCP reset, no response at all."""
    return Fault("reset")


def slow(seconds: float) -> Fault:
    """A good answer, `seconds` late (make it longer than the client's timeout)."""
    return Fault("slow", seconds=seconds)


def malformed_json(where: str = "content") -> Fault:
    """A completion whose message is not JSON (`where="content"`), or (kind "malformed_body") an
    HTTP 200 whose body itself is not JSON (`where="body"`), as a proxy's error page would be."""
    return Fault("malformed_body" if where == "body" else "malformed_json")


def truncated() -> Fault:
    """The draft cut off mid-JSON, finish_reason "length"."""
    return Fault("truncated")


def schema_break() -> Fault:
    """Valid JSON that breaks the draft's schema: required fields missing, wrong types."""
    return Fault("schema_break")


def ungrounded_quotes() -> Fault:
    """A valid draft with one more quote that the article does not contain."""
    return Fault("ungrounded_quotes")


Plan = Callable[[str, int], Fault]


def schedule(*faults: Fault) -> Plan:
    """Every article's n-th answer is `faults[n - 1]`; later answers are good."""
    return lambda article, nth: faults[nth - 1] if nth <= len(faults) else good()


def _article_message(request: dict) -> dict:
    # The first user message: the system message names the markers too, and a re-ask's later
    # messages quote the model's answer.
    return next((m for m in request.get("messages", []) if m.get("role") == "user"), {"content": ""})


def article_of(request: dict) -> str:
    """The article a chat request carries (the text between the user message's markers)."""
    prompt = _article_message(request).get("content") or ""
    found = _ARTICLE.search(prompt)
    return _SENTENCE_NUMBER.sub("", found.group(1) if found else prompt)


def reply_for(fault: Fault, request: dict) -> Reply | bytes | None:
    """What the server sends for `fault`: a reply, raw body bytes (HTTP 200), or None for a reset."""
    if fault.kind == "reset":
        return None
    if fault.kind in ("rate_limited", "server_error"):
        headers = {} if fault.retry_after is None else {"retry-after": f"{fault.retry_after:g}"}
        return error_reply(fault.status, headers)
    if fault.kind == "malformed_body":
        return b"<html>502 Bad Gateway</html>"
    if fault.kind == "malformed_json":
        return completion("Here is the brief: {headline")
    good_body = draft_for({**request, "messages": [_article_message(request)]})
    content = good_body["choices"][0]["message"]["content"]
    draft = json.loads(content)
    if fault.kind == "truncated":
        cut = content.index('"summary"') + len('"summary": "') + 12
        return completion(content[:cut], finish_reason="length")
    if fault.kind == "schema_break":
        return completion(json.dumps({"headline": 42, "what": "everything", "quotes": [{"speaker": 7}]}))
    if fault.kind == "ungrounded_quotes":
        draft["quotes"] = [*draft["quotes"], {"text": UNGROUNDED_QUOTE, "speaker": "Ana Ruiz"}]
        return completion(json.dumps(draft))
    return Reply(body=good_body)  # good, slow


class _Handler(BaseHTTPRequestHandler):
    """Sends a reply, raw bytes, or (None) a TCP reset."""

    def answer(self, reply: Reply | bytes | None) -> None:
        try:
            if reply is None:  # SO_LINGER 0: close() sends a TCP reset instead of a FIN
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()
                return
            payload = reply if isinstance(reply, bytes) else json.dumps(reply.body).encode()
            headers = {} if isinstance(reply, bytes) else reply.headers
            self.send_response(200 if isinstance(reply, bytes) else reply.status)
            for name, value in {
                "content-type": "application/json",
                "content-length": str(len(payload)),
                **headers,
            }.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)
        except OSError:
            pass  # the client gave up (a slow answer past its timeout)

    def log_message(self, *args: Any) -> None:
        pass


class FaultServer:
    """Answers chat requests by `plan`; counts requests and injected faults by kind."""

    def __init__(self, plan: Sequence[Fault] | Plan, *, max_requests: int = 1000, lifetime: float = 60.0) -> None:
        self._plan = plan if callable(plan) else None
        self._sequence = None if callable(plan) else list(plan)
        self.max_requests = max_requests
        self.requests: list[dict] = []
        self.arrivals: list[float] = []  # time.monotonic() of each request
        self.injected: Counter[str] = Counter()
        self.per_article: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._timer = threading.Timer(lifetime, self.close)
        self._timer.daemon = True
        server = self

        class Handler(_Handler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                request = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
                fault = server._next_fault(request)
                if fault is None:
                    return self.answer(error_reply(599))
                if fault.kind == "slow" and server._stopping.wait(fault.seconds):
                    return None  # closing down: leave the late answer unsent
                self.answer(reply_for(fault, request))

        self._httpd = _Listener(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def _next_fault(self, request: dict) -> Fault | None:
        article = article_of(request)
        with self._lock:
            self.requests.append(request)
            self.arrivals.append(time.monotonic())
            if len(self.requests) > self.max_requests:
                return None
            self.per_article[article] += 1
            if self._sequence is not None:
                number = len(self.requests)
                fault = self._sequence[number - 1] if number <= len(self._sequence) else good()
            else:
                fault = self._plan(article, self.per_article[article])
            self.injected[fault.kind] += 1
        return fault

    @property
    def transport_faults(self) -> int:
        """How many answers were faults the transport layer retries."""
        return sum(count for kind, count in self.injected.items() if kind in TRANSPORT)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def __enter__(self) -> FaultServer:
        self._thread.start()
        self._timer.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._timer.cancel()
        self.close()

    def close(self) -> None:
        """Stop answering and close the port (also what the lifetime timer does)."""
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
