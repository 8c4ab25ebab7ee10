"""An OpenAI-compatible model server for benchmarks: it answers every chat request after a fixed
latency with a schema-valid draft made from the article in the prompt (its title, first
sentence and first quotation), so what a benchmark measures is our own code, plus exactly the
latency asked for.

    .venv/bin/python bench/model_stub.py --latency 0.5     # prints its base URL, serves until killed

It runs in its own process, on asyncio with keep-alive connections: a thread-per-connection
server (like the tests' stub) spends milliseconds per request of its own, which a benchmark of
16 requests in flight would count against us."""

from __future__ import annotations

import argparse
import asyncio
import json
import re
from collections.abc import Callable

_QUOTATION = re.compile(r"[\u201c\"]([^\u201d\"]{12,300})[\u201d\"]")
_SENTENCE = re.compile(r"[^.!?\n]{20,300}[.!?]")
_ARTICLE = re.compile(r"<<<ARTICLE\s*(.*?)\s*ARTICLE>>>", re.S)  # summarizer.drafting.prompts's markers
_SENTENCE_NUMBER = re.compile(r"^\[\d+\] ", re.M)  # a capable model's prompt numbers its sentences


def draft_for(request: dict) -> dict:
    """A completion whose draft is grounded in the article the request carries, with
    OpenAI-style token counts."""
    messages = request.get("messages", [])
    prompt = "\n".join(message.get("content") or "" for message in messages)
    # The article is in the first user message: the system message names the markers too, and a
    # re-ask's later messages quote the model's answer.
    user = next((m.get("content") or "" for m in messages if m.get("role") == "user"), prompt)
    found = _ARTICLE.search(user)
    article = _SENTENCE_NUMBER.sub("", found.group(1) if found else user)
    sentence = _SENTENCE.search(article)
    quotation = _QUOTATION.search(article)
    content = json.dumps(
        {
            "headline": article.strip().split("\n", 1)[0][:100],
            "summary": sentence.group(0).strip() if sentence else "",
            "what": [],
            "who": [],
            "numbers": [],
            "quotes": [{"text": quotation.group(1), "speaker": ""}] if quotation else [],
        }
    )
    return {
        "id": "chatcmpl-bench",
        "object": "chat.completion",
        "created": 0,
        "model": request.get("model", "stub"),
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
        "usage": {
            "prompt_tokens": len(prompt) // 4,
            "completion_tokens": len(content) // 4,
            "total_tokens": (len(prompt) + len(content)) // 4,
        },
    }


async def _serve_connection(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    latency: float,
    on_request: Callable[[], None] = lambda: None,
) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            on_request()
            headers = dict(line.split(":", 1) for line in head.decode("latin-1").split("\r\n")[1:] if ":" in line)
            length = int({name.strip().lower(): value for name, value in headers.items()}.get("content-length", 0))
            body = await reader.readexactly(length)
            await asyncio.sleep(latency)
            payload = json.dumps(draft_for(json.loads(body or b"{}"))).encode()
            writer.write(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                b"content-length: %d\r\n\r\n%s" % (len(payload), payload)
            )
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def serve(
    latency: float,
    port: int = 0,
    on_request: Callable[[], None] = lambda: None,
    announce: Callable[[str], None] = lambda url: print(url, flush=True),
) -> None:
    """Serve until cancelled; `on_request` is called as each request arrives, `announce` with
    the base URL once it listens (printed by default)."""
    server = await asyncio.start_server(
        lambda r, w: _serve_connection(r, w, latency, on_request), "127.0.0.1", port, backlog=256
    )
    announce(f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/v1")
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--port", type=int, default=0, help="default: any free port")
    asyncio.run(serve(parser.parse_args().latency, parser.parse_args().port))
