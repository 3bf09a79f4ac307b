"""URLs: fetched from a local HTTP server on 127.0.0.1 only; 404s and timeouts are one line."""

import http.server
import threading
import time

import pytest
from sqlmodel import Session, select

from factcheck import services
from factcheck.errors import InputError
from factcheck.fetch import fetch
from factcheck.storage import Article
from tests.conftest import FIXTURES

PAGE = (FIXTURES / "ingest" / "minister_resigns.html").read_bytes()


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (the http.server API)
        if self.path == "/story":
            body, ctype = PAGE, "text/html; charset=utf-8"
        elif self.path == "/plain":
            body, ctype = b'Plain story\n\n"We are ready," Li Wei said.\n', "text/plain"
        elif self.path == "/slow":
            time.sleep(3)
            body, ctype = PAGE, "text/html"
        else:
            self.send_error(404, "Not Found")
            return
        try:
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (the timeout test)

    def log_message(self, *args):  # keep the test output clean
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_returns_body_and_type(server):
    got = fetch(f"{server}/story")
    assert got.data == PAGE and got.content_type.startswith("text/html")


def test_404_is_one_line(server):
    with pytest.raises(InputError) as err:
        fetch(f"{server}/gone")
    assert str(err.value) == f"{server}/gone: failed, the server answered 404 Not Found"


def test_timeout_is_one_line(server):
    started = time.monotonic()
    with pytest.raises(InputError) as err:
        fetch(f"{server}/slow", timeout=0.5)
    assert time.monotonic() - started < 2.5
    assert str(err.value) == f"{server}/slow: failed, no answer within 0.5 s"


def test_connection_refused_is_one_line():
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(InputError) as err:
        fetch(f"http://127.0.0.1:{port}/x", timeout=2)
    assert str(err.value).startswith(f"http://127.0.0.1:{port}/x: failed, cannot connect")


def test_ingest_urls_stores_pages_and_reports_failures(server, memory_engine):
    urls = [f"{server}/story", f"{server}/gone", f"{server}/plain", f"{server}/slow"]
    results = list(services.ingest_paths(memory_engine, urls, timeout=0.5))
    assert [r.status for r in results] == ["new", "failed", "new", "failed"]
    assert results[1].message == f"{server}/gone: failed, the server answered 404 Not Found"
    assert results[3].message == f"{server}/slow: failed, no answer within 0.5 s"
    with Session(memory_engine) as session:
        page = session.exec(select(Article).where(Article.source == f"{server}/story")).one()
        plain = session.exec(select(Article).where(Article.source == f"{server}/plain")).one()
    assert page.title == "Minister resigns over budget row" and page.publication == "Daily Planet"
    assert page.url == "https://planet.example/2026/03/minister-resigns"  # the canonical URL
    assert plain.url == f"{server}/plain"  # a plain-text page is known by where it came from
