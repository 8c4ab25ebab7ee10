"""HTML input: a page's main text is extracted (trafilatura) from .html files, from files whose
bytes start like HTML, and from http(s) URLs fetched with httpx2. Pages are served by a local
`ThreadingHTTPServer` on 127.0.0.1; briefs go to the scripted model stub, never a real model.
Every failure must be one line on stderr and exit code 2, never a traceback."""

from __future__ import annotations

import gzip
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx2
import pytest

from summarizer import Brief
from summarizer.cli.main import main
from summarizer.errors import ExitCode, InputError
from summarizer.source import fetch as fetch_module
from summarizer.source.article import read_article
from summarizer.source.fetch import MAX_BYTES, USER_AGENT, fetch, redact
from summarizer.source.html import extract_text
from tests.cli.test_cli import assert_one_line_error
from tests.grounding_checks import assert_grounded
from tests.stub_server import StubServer, draft_reply

HEADLINE = "Harbour City approves $1.2 billion tunnel plan"
QUOTE = "\u201cThis is the most important decision this council has made in a generation,\u201d"
STORY = [
    "Harbour City council voted 9 to 4 on Tuesday to approve a $1.2 billion road tunnel beneath the old port, "
    "ending a decade of debate over how to move freight trucks away from the waterfront neighbourhoods.",
    "The tunnel, about 3.4 kilometres long, will link the container terminal with the northern ring road. "
    "Construction is expected to begin next spring and to take five years, according to the city's "
    "infrastructure department.",
    f"{QUOTE} said Mayor Ilse Brandt after the vote. \u201cOur children will breathe cleaner air because of it.\u201d",
    "Opponents argued that the cost could rise well beyond the estimate. Councillor Tomas Reyes, who voted "
    "against the plan, said the city had underestimated the risk of flooding during construction and warned "
    "that residents would pay for overruns through higher property taxes.",
    "The port authority has agreed to contribute $300 million, and the regional government is expected to "
    "announce its share next month. A public consultation on the tunnel's ventilation shafts will open in June.",
]
# What must not survive extraction: navigation, cookie banner, related links, footer, scripts, styles.
CHROME = [
    "Subscribe for 99 cents",
    "We use cookies",
    "Accept all cookies",
    "Ferry fares to rise",
    "All rights reserved",
    "Privacy policy",
    "dataLayer",
    "analytics loaded",
    "font-family",
]


def news_page(story: list[str] = STORY, charset_meta: str = '<meta charset="utf-8">') -> str:
    paragraphs = "\n".join(f"      <p>{paragraph}</p>" for paragraph in story)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  {charset_meta}
  <title>{HEADLINE} | The Coastal Ledger</title>
  <meta property="og:title" content="{HEADLINE}">
  <script>window.dataLayer = window.dataLayer || []; function track() {{ dataLayer.push("pageview"); }}</script>
  <style>body {{ font-family: serif; }}</style>
</head>
<body>
  <div class="cookie-banner" id="cookie-consent">
    <p>We use cookies to improve your experience. By continuing to browse you accept our cookie policy.</p>
    <button>Accept all cookies</button>
  </div>
  <header><nav class="main-nav"><ul>
    <li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
    <li><a href="/subscribe">Subscribe for 99 cents</a></li>
  </ul></nav></header>
  <main>
    <article>
      <h1>{HEADLINE}</h1>
      <p class="byline">By Mara Ellison, Transport Reporter</p>
{paragraphs}
    </article>
    <aside class="related"><h3>Related stories</h3>
      <ul><li><a href="/a">Ferry fares to rise in autumn</a></li><li><a href="/b">New bike lanes open downtown</a></li></ul>
    </aside>
  </main>
  <footer>
    <p>&copy; 2025 The Coastal Ledger. All rights reserved.</p>
    <p><a href="/privacy">Privacy policy</a> &middot; <a href="/terms">Terms of use</a></p>
  </footer>
  <script>track(); console.log("analytics loaded");</script>
</body>
</html>
"""


NAV_ONLY = (
    "<!DOCTYPE html><html><head><title>Home</title></head><body><nav><a href='/'>Home</a>"
    "<a href='/news'>News</a></nav><footer>&copy; 2025</footer></body></html>"
)
PLAIN = f"{HEADLINE}\n\n" + "\n\n".join(STORY) + "\n"
CAFE = [
    "The Caf\u00e9 M\u00fcller on Dock Street reopened on Saturday after a fire closed it for eight months.",
    "\u201cWe never thought we would see the place full again,\u201d said owner Rosa M\u00fcller, who "
    "rebuilt the kitchen with a loan of \u20ac240,000 from the city's recovery fund.",
]


def assert_story_extracted(text: str) -> None:
    assert text.startswith(f"{HEADLINE}\n\n")
    for paragraph in STORY:
        assert f"\n\n{paragraph}\n" in text
    for chrome in CHROME:
        assert chrome not in text


def run(argv, capsys):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# --- a local web server -------------------------------------------------------------------------


class _Site(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass  # a client that hangs up on a body it refused (too large, too slow) is expected here


def _routes() -> dict[str, tuple[int, dict[str, str], bytes | None]]:
    html = news_page().encode("utf-8")
    cafe = news_page(CAFE, charset_meta="").replace(HEADLINE, "Caf\u00e9 reopens after fire").encode("cp1252")
    return {
        "/story.html": (200, {"Content-Type": "text/html; charset=utf-8"}, html),
        "/story.gz": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, gzip.compress(html)),
        "/undeclared": (200, {}, html),
        "/plain.txt": (200, {"Content-Type": "text/plain; charset=utf-8"}, PLAIN.encode("utf-8")),
        "/plain-latin1.txt": (
            200,
            {"Content-Type": "text/plain; charset=ISO-8859-1"},
            "Caf\u00e9 news".encode("latin-1") * 20,
        ),
        "/cafe": (200, {"Content-Type": "text/html; charset=windows-1252"}, cafe),
        "/cafe-undeclared": (200, {"Content-Type": "text/html"}, cafe),
        "/missing": (404, {"Content-Type": "text/html"}, b"<html><body><h1>Not found</h1></body></html>"),
        "/broken": (500, {"Content-Type": "text/plain"}, b"oops"),
        "/old-story": (301, {"Location": "/story.html"}, b""),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/to-ftp": (302, {"Location": "ftp://127.0.0.1/story"}, b""),
        "/report": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
        "/photo": (200, {"Content-Type": "image/jpeg"}, b"\xff\xd8\xff\xe0" + b"\x00" * 64),
        "/pdf-as-html": (200, {"Content-Type": "text/html"}, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
        "/nav-only": (200, {"Content-Type": "text/html"}, NAV_ONLY.encode()),
        "/empty": (200, {"Content-Type": "text/html"}, b""),
        # Bodies over the cap: one says so up front, one only shows it by streaming on (no length).
        "/huge-declared": (200, {"Content-Type": "text/html", "Content-Length": str(MAX_BYTES + 1)}, None),
        "/huge-streamed": (200, {"Content-Type": "text/html"}, None),
    }


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    routes = _routes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            if self.path == "/user-agent":
                return self._send(200, {"Content-Type": "text/plain"}, self.headers.get("user-agent", "").encode() * 3)
            if self.path == "/slow":
                time.sleep(1.0)
                return self._send(200, {"Content-Type": "text/html"}, news_page().encode())
            if self.path == "/trickle":
                return self._trickle()
            status, headers, body = routes.get(self.path, (404, {}, b"no such page"))
            if self.path.startswith("/huge"):
                return self._huge(headers)
            self._send(status, headers, body)

        def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _huge(self, headers: dict[str, str]) -> None:
            self.send_response(200)  # HTTP/1.0 without a length: the body ends when the connection does
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            chunk = b"<p>" + b"filler " * 9000 + b"</p>\n"
            for _ in range(MAX_BYTES // len(chunk) + 2):
                self.wfile.write(chunk)

        def _trickle(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(20):
                self.wfile.write(b"word " * 10)
                self.wfile.flush()
                time.sleep(0.1)

        def log_message(self, *args) -> None:
            pass

    server = _Site(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on: connecting to it is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.html"
    path.write_text(news_page(), encoding="utf-8")
    return path


# --- HTML files ---------------------------------------------------------------------------------


def test_a_news_page_yields_its_title_and_story_paragraphs_only(page):
    article = read_article(str(page))
    assert_story_extracted(article.text)
    assert article.title == HEADLINE
    assert article.name == str(page)
    assert article.extracted_from == "html"
    assert "By Mara Ellison" not in article.text  # the byline is page furniture too
    assert "$1.2 billion" in article.text and QUOTE in article.text


@pytest.mark.parametrize("name", ["page.HTM", "page.txt", "page"])
def test_html_is_recognised_by_suffix_in_any_case_or_by_its_first_bytes(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"\xef\xbb\xbf  \n" + news_page().encode("utf-8"))  # a BOM and whitespace first
    article = read_article(str(path))
    assert_story_extracted(article.text)
    assert article.extracted_from == "html"


def test_text_files_are_unchanged(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(PLAIN, encoding="utf-8")
    article = read_article(str(path))
    assert article.text == PLAIN
    assert article.extracted_from is None


def test_a_meta_charset_is_honoured(tmp_path):
    path = tmp_path / "cafe.html"
    path.write_bytes(news_page(CAFE, charset_meta='<meta charset="windows-1252">').encode("cp1252"))
    text = read_article(str(path)).text
    assert CAFE[0] in text and CAFE[1] in text


def test_stdin_html_is_extracted(monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(news_page().encode("utf-8"))))
    article = read_article("-")
    assert_story_extracted(article.text)
    assert article.name == "<stdin>"


@pytest.mark.parametrize(
    "name, content, fragment",
    [
        ("latin1.html", news_page(CAFE, charset_meta="").encode("cp1252"), "not UTF-8 text (invalid byte at offset"),
        ("nav.html", NAV_ONLY.encode(), "no article text found in this HTML page"),
        ("empty.html", b"", "the file is empty"),
        ("report.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        ("binary.htm", b"<html>\x00\x01\x02", "binary"),
        ("bad-charset.html", news_page(charset_meta='<meta charset="no-such-charset">').encode("utf-8"), None),
    ],
)
def test_bad_html_files_are_one_line_input_errors(tmp_path, capsys, name, content, fragment):
    path = tmp_path / name
    path.write_bytes(content)
    if fragment is None:  # an unknown charset label is ignored, as browsers do: UTF-8 it is
        assert_story_extracted(read_article(str(path)).text)
        return
    with pytest.raises(InputError) as caught:
        read_article(str(path))
    assert str(caught.value).startswith(f"{path}: ") and fragment in str(caught.value)
    code, out, err = run(["brief", path], capsys)
    assert code == ExitCode.INPUT and out == ""
    assert_one_line_error(err, str(path), fragment)


def test_nav_only_message_is_exact(tmp_path):
    with pytest.raises(InputError) as caught:
        extract_text(NAV_ONLY.encode(), "nav.html")
    assert str(caught.value) == "nav.html: no article text found in this HTML page"


def test_brief_of_an_html_file_indexes_the_extracted_text(page, capsys):
    reply = draft_reply(
        headline="Harbour City approves tunnel",
        summary="Harbour City council voted 9 to 4 on Tuesday to approve a $1.2 billion road tunnel.",
        quotes=[
            {
                "text": "This is the most important decision this council has made in a generation",
                "speaker": "Ilse Brandt",
            }
        ],
        numbers=[{"value": "$1.2 billion", "measures": "cost of the tunnel"}],
    )
    with StubServer([reply]) as server:
        code, out, err = run(
            ["brief", page, "--format", "json", "--base-url", server.base_url, "--max-retries", "0"], capsys
        )
    assert code == ExitCode.OK, err
    brief = Brief.model_validate_json(out)
    text = read_article(str(page)).text
    assert brief.source.name == str(page)
    assert brief.quotes and brief.numbers
    assert_grounded(brief, text)
    spans = [text[start:end] for quote in brief.quotes for start, end in quote.spans]
    assert any("most important decision" in quoted for quoted in spans)
    assert "$1.2 billion" in [text[start:end] for number in brief.numbers for start, end in number.spans]
    # The prompt carried the story, not the page's chrome.
    prompt = " ".join(str(message["content"]) for message in server.requests[0]["messages"])
    assert "Ilse Brandt" in prompt and "We use cookies" not in prompt and "<p>" not in prompt


# --- URLs -----------------------------------------------------------------------------------------


def test_an_html_url_is_fetched_and_extracted(site):
    article = read_article(f"{site}/story.html")
    assert_story_extracted(article.text)
    assert article.name == f"{site}/story.html"
    assert article.extracted_from == "html"


@pytest.mark.parametrize("path", ["/old-story", "/story.gz", "/undeclared"])
def test_redirects_compression_and_a_missing_content_type(site, path):
    article = read_article(f"{site}{path}")
    assert_story_extracted(article.text)
    assert article.name == f"{site}{path}"  # the URL given, not where it redirected


def test_a_plain_text_url_is_used_as_is(site):
    article = read_article(f"{site}/plain.txt")
    assert article.text == PLAIN
    assert article.extracted_from is None
    assert read_article(f"{site}/plain-latin1.txt").text.startswith("Caf\u00e9 news")


@pytest.mark.parametrize("path", ["/cafe", "/cafe-undeclared"])
def test_a_windows_1252_page(site, path):
    """Declared in the HTTP header, the page decodes; undeclared, it is not UTF-8 and is refused."""
    if path == "/cafe":
        text = read_article(f"{site}{path}").text
        assert CAFE[0] in text and CAFE[1] in text and "\u20ac240,000" in text
    else:
        with pytest.raises(InputError, match="not UTF-8 text"):
            read_article(f"{site}{path}")


def test_requests_name_summarizer_as_the_user_agent(site):
    assert USER_AGENT.startswith("summarizer/")
    assert USER_AGENT in read_article(f"{site}/user-agent").text


def test_brief_of_a_url_through_the_cli(site, capsys):
    with StubServer([draft_reply(headline="Harbour City approves tunnel")]) as server:
        code, out, err = run(
            ["brief", f"{site}/story.html", "--format", "json", "--base-url", server.base_url, "--max-retries", "0"],
            capsys,
        )
    assert code == ExitCode.OK, err
    brief = Brief.model_validate_json(out)
    assert brief.source.name == f"{site}/story.html"
    assert_grounded(brief, read_article(f"{site}/story.html").text)


@pytest.mark.parametrize(
    "path, fragment",
    [
        ("/missing", "HTTP 404"),
        ("/broken", "HTTP 500"),
        ("/loop", "too many redirects (more than 5)"),
        ("/to-ftp", "not http:// or https://"),
        ("/report", "the server sent a PDF document (application/pdf), not a web page or text"),
        ("/photo", "an image (image/jpeg)"),
        ("/pdf-as-html", "this is a PDF file"),
        ("/huge-declared", "too large"),
        ("/huge-streamed", "too large (more than 10 MB)"),
        ("/nav-only", "no article text found in this HTML page"),
        ("/empty", "the page is empty"),
    ],
)
def test_url_failures_are_one_line_and_exit_2(site, capsys, path, fragment):
    url = f"{site}{path}"
    code, out, err = run(["brief", url], capsys)
    assert code == ExitCode.INPUT
    assert out == ""
    assert_one_line_error(err, f"summarizer: error: {url}: ", fragment)


def test_connection_refused(closed_port, capsys):
    url = f"http://127.0.0.1:{closed_port}/story"
    code, out, err = run(["brief", url], capsys)
    assert code == ExitCode.INPUT and out == ""
    assert_one_line_error(err, url, "connection refused")


def test_unknown_host_without_touching_dns():
    def no_such_host(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError("[Errno -2] Name or service not known", request=request)

    with httpx2.Client(transport=httpx2.MockTransport(no_such_host)) as client:
        with pytest.raises(InputError) as caught:
            fetch("https://news.invalid/story", client=client)
    assert str(caught.value) == "https://news.invalid/story: cannot connect (unknown host news.invalid)"


def test_a_silent_server_times_out(site, monkeypatch, capsys):
    monkeypatch.setattr(fetch_module, "STALL_TIMEOUT", 0.3)
    code, _, err = run(["brief", f"{site}/slow"], capsys)
    assert code == ExitCode.INPUT
    assert_one_line_error(err, "timed out (the server stopped answering for 0.3 s)")


def test_a_download_that_trickles_past_the_total_limit_times_out(site, monkeypatch):
    monkeypatch.setattr(fetch_module, "TOTAL_TIMEOUT", 0.5)
    with pytest.raises(InputError, match=r"timed out \(the download took more than 0.5 s\)"):
        read_article(f"{site}/trickle")


def test_credentials_in_a_url_are_never_shown(site):
    secret_url = site.replace("http://", "http://reader:s3cret-pw@")
    article = read_article(f"{secret_url}/story.html")
    assert article.name == f"{site}/story.html"
    with pytest.raises(InputError) as caught:
        read_article(f"{secret_url}/missing")
    assert "s3cret" not in str(caught.value) and "reader" not in str(caught.value)
    assert str(caught.value) == f"{site}/missing: HTTP 404 Not Found"
    assert redact("https://a:b@example.com:8443/x?y=1") == "https://example.com:8443/x?y=1"
    assert redact("https://example.com/x") == "https://example.com/x"


@pytest.mark.parametrize(
    "url, message",
    [
        ("http://", "http://: not a valid URL (no host name)"),
        ("https://[::1/story", "https://[::1/story: not a valid URL"),
    ],
)
def test_malformed_urls(url, message):
    with pytest.raises(InputError) as caught:
        read_article(url)
    assert str(caught.value) == message


def test_the_cli_never_prints_credentials_from_a_url(closed_port, capsys):
    code, _, err = run(["brief", f"http://reader:s3cret-pw@127.0.0.1:{closed_port}/story"], capsys)
    assert code == ExitCode.INPUT
    assert "s3cret" not in err
    assert_one_line_error(err, f"summarizer: error: http://127.0.0.1:{closed_port}/story: cannot connect")


def test_trafilatura_is_imported_only_for_html():
    """It costs import time that runs on text files never need."""
    code = (
        "import sys, summarizer.cli.main, summarizer.source.article, summarizer.source.fetch; "
        "print('trafilatura' in sys.modules, 'lxml' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]


@pytest.mark.parametrize(
    "url, name",
    [
        ("https://x.com/", "x.com.md"),
        ("https://reader:pw@news.example.com/2026/11/story-title.html?page=2", "story-title.md"),
    ],
)
def test_a_url_brief_written_with_out_is_named_by_its_path_or_host(url, name, tmp_path):
    from summarizer.cli.main import _output_name

    assert _output_name(url, "markdown", set(), tmp_path, [url]) == name


def test_a_text_file_holding_an_html_fragment_is_read_as_html(tmp_path):
    from summarizer.source.article import read_article

    fragment = (
        "<p>The council voted on Monday to rebuild the bridge over the river.</p>\n"
        '<p>"We will start in the spring," the mayor, Ann Lee, said after the vote.</p>\n'
    )
    path = tmp_path / "story.txt"
    path.write_text(fragment, encoding="utf-8")
    article = read_article(str(path))
    assert "<p>" not in article.text and "</p>" not in article.text
    assert '"We will start in the spring," the mayor' in article.text


def test_text_that_only_mentions_a_tag_stays_text(tmp_path):
    from summarizer.source.article import read_article

    path = tmp_path / "story.txt"
    text = "Developers argued about the <p> tag for hours at the conference on Monday, organisers said.\n"
    path.write_text(text, encoding="utf-8")
    assert read_article(str(path)).text == text
