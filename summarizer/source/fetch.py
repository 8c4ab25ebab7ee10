"""Downloading an article from an `http://` or `https://` URL, with one-line `InputError`s.

It uses httpx2, the HTTP client of the openai SDK we already depend on, so proxies
(`HTTPS_PROXY`...), certificates (the system trust store, through truststore) and TLS behave
as they do for model calls, and no second HTTP stack is installed. Limits: 10 s to connect, 10 s
of silence from the server, 30 s for the whole download, 5 redirects, 10 MB (after
decompression, so a small gzip bomb cannot fill memory).

Credentials in a URL (`https://user:password@host/...`) are sent as HTTP basic auth but never
shown: every message and `Fetched.url` carry the URL without them (`redact`)."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import httpx2

from summarizer import __version__
from summarizer.errors import InputError

__all__ = ["Fetched", "fetch", "is_url", "redact", "new_client"]

CONNECT_TIMEOUT = 10.0  # seconds to open the connection (TLS included)
STALL_TIMEOUT = 10.0  # seconds the server may stay silent while we wait for bytes
TOTAL_TIMEOUT = 30.0  # seconds for the whole download, redirects included
MAX_REDIRECTS = 5
MAX_BYTES = 10 * 1024 * 1024
USER_AGENT = f"summarizer/{__version__} (briefing notes from news articles; httpx2)"

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"
_URL = re.compile(r"https?://", re.IGNORECASE)
_DNS_FAILURES = (
    "name or service not known",
    "temporary failure in name resolution",
    "nodename nor servname",
    "getaddrinfo failed",
    "no address associated",
    "name resolution",
)


@dataclass(frozen=True)
class Fetched:
    """A downloaded document. `media_type` is lower-case without parameters ("text/html"), or ""
    when the server did not say; `charset` is the Content-Type header's, if any."""

    url: str  # where the body came from, after redirects, without credentials
    media_type: str
    charset: str | None
    body: bytes

    @property
    def is_html(self) -> bool:
        return self.media_type in _HTML_TYPES


def is_url(text: str) -> bool:
    """True for what `fetch` takes: a string starting with http:// or https:// (any case)."""
    return bool(_URL.match(text))


def redact(url: str) -> str:
    """The URL without `user:password@`, for messages and names."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return re.sub(r"//[^/@]*@", "//", url, count=1)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def new_client() -> httpx2.Client:
    """The client `fetch` uses when given none: our timeouts, redirects and User-Agent."""
    return httpx2.Client(
        timeout=httpx2.Timeout(STALL_TIMEOUT, connect=CONNECT_TIMEOUT),
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT},
    )


def fetch(url: str, *, client: httpx2.Client | None = None) -> Fetched:
    """GET `url` (http or https) and return its body if it is a web page or text.

    Every failure is an `InputError` whose one-line message starts with the redacted URL: the
    connection refused or the host unknown, a timeout, an HTTP status that is not 2xx (404, 500,
    a 3xx without a Location), too many redirects, a content type that is not HTML or text (PDF,
    images...), a body over `MAX_BYTES`.
    A `client` (for tests, or a caller's proxy settings) replaces `new_client()`."""
    shown = redact(url)
    if not is_url(url):
        raise InputError(f"{shown}: not an http:// or https:// URL")
    try:
        if not httpx2.URL(url).host:
            raise InputError(f"{shown}: not a valid URL (no host name)")
    except httpx2.InvalidURL:
        raise InputError(f"{shown}: not a valid URL") from None
    owned = client is None
    client = client or new_client()
    try:
        return _download(client, url, shown, time.monotonic() + TOTAL_TIMEOUT)
    except httpx2.TimeoutException as error:
        what = (
            f"could not connect within {CONNECT_TIMEOUT:g} s"
            if isinstance(error, httpx2.ConnectTimeout)
            else f"the server stopped answering for {STALL_TIMEOUT:g} s"
        )
        raise InputError(f"{shown}: timed out ({what})") from None
    except httpx2.ConnectError as error:
        raise InputError(f"{shown}: {_connect_failure(error, url)}") from None
    except httpx2.TooManyRedirects:
        raise InputError(f"{shown}: too many redirects (more than {MAX_REDIRECTS})") from None
    except httpx2.UnsupportedProtocol:  # the URL itself was checked above
        raise InputError(f"{shown}: redirected to a URL that is not http:// or https://") from None
    except httpx2.DecodingError:
        raise InputError(f"{shown}: the server sent a broken compressed body") from None
    except httpx2.InvalidURL:
        raise InputError(f"{shown}: not a valid URL") from None
    except httpx2.HTTPError as error:  # the connection dropped, a malformed answer, a proxy refusing...
        raise InputError(f"{shown}: the download failed ({type(error).__name__})") from None
    finally:
        if owned:
            client.close()


def _download(client: httpx2.Client, url: str, shown: str, deadline: float) -> Fetched:
    with client.stream("GET", url) as response:
        if not 200 <= response.status_code < 300:
            reason = f" {response.reason_phrase}" if response.reason_phrase else ""
            raise InputError(f"{shown}: HTTP {response.status_code}{reason}")
        media_type, charset = _content_type(response.headers.get("content-type", ""))
        if media_type and media_type not in _HTML_TYPES and not media_type.startswith("text/"):
            raise InputError(f"{shown}: the server sent {_describe(media_type)} ({media_type}), not a web page or text")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BYTES:
            raise InputError(
                f"{shown}: too large ({int(declared) / 2**20:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)"
            )
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > MAX_BYTES:
                raise InputError(f"{shown}: too large (more than {MAX_BYTES // 2**20} MB)")
            if time.monotonic() > deadline:
                raise InputError(f"{shown}: timed out (the download took more than {TOTAL_TIMEOUT:g} s)")
            chunks.append(chunk)
        return Fetched(url=redact(str(response.url)), media_type=media_type, charset=charset, body=b"".join(chunks))


def _content_type(header: str) -> tuple[str, str | None]:
    media_type, _, parameters = header.partition(";")
    charset = None
    for parameter in parameters.split(";"):
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset" and value.strip().strip("\"'"):
            charset = value.strip().strip("\"'")
    return media_type.strip().lower(), charset


def _describe(media_type: str) -> str:
    if media_type == "application/pdf":
        return "a PDF document"
    for prefix, kind in (("image/", "an image"), ("audio/", "audio"), ("video/", "a video")):
        if media_type.startswith(prefix):
            return kind
    return "a file"


def _connect_failure(error: httpx2.ConnectError, url: str) -> str:
    reason = " ".join(str(error).split())
    lowered = reason.lower()
    if "refused" in lowered:
        return "cannot connect (connection refused)"
    if any(failure in lowered for failure in _DNS_FAILURES):
        return f"cannot connect (unknown host {urlsplit(redact(url)).hostname})"
    if "certificate" in lowered or "ssl" in lowered:
        return "cannot connect (TLS certificate not trusted or TLS failed)"
    parts = urlsplit(url)
    for secret in (parts.password, parts.username):  # an OS message could echo what we connected to
        if secret:
            reason = reason.replace(secret, "***")
    return f"cannot connect ({reason or type(error).__name__})"
