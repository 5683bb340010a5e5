"""A small jsonplaceholder stand-in for the scripts' own tests, standard library only.

It serves what the suite's Java stub (``JsonPlaceholderStub``) serves to the lesson: post 1 and
comment 1 as jsonplaceholder has them, the stub's generated posts, 404 with a JSON error for
anything else; it waits ``?delay=ms`` (or its own latency) before answering, and counts requests
and the most it had in flight at once, so tests can see that GETs overlap.
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import bench

RESOURCE = re.compile(r"/(posts|comments)/(\d{1,9})")


class _Server(ThreadingHTTPServer):
    # socketserver's default backlog of 5 drops the SYNs of a burst of connections, which then wait a second.
    request_queue_size = 1024
    daemon_threads = True


class LocalStub:
    """Started on a free port of 127.0.0.1 by ``with LocalStub(latency_ms) as stub:``; ``stub.base_url``."""

    def __init__(self, latency_ms: int = 0):
        self.latency_ms = latency_ms
        self.requests = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), self._handler())
        # serve_forever looks for a shutdown every poll interval: 0.5 s by default, half a second per test.
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02},
                                        name="local-stub", daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/"

    def __enter__(self) -> "LocalStub":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(10)

    def _count(self, change: int) -> None:
        with self._lock:
            if change > 0:
                self.requests += 1
            self.in_flight += change
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def _handler(self):
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                stub._count(+1)
                try:
                    url = urlsplit(self.path)
                    delay = int(parse_qs(url.query).get("delay", [stub.latency_ms])[0])
                    time.sleep(delay / 1000)
                    status, body = stub.respond(url.path)
                    payload = json.dumps(body).encode()
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json; charset=utf-8")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                finally:
                    stub._count(-1)

            def log_message(self, *args):
                pass

        return Handler

    @staticmethod
    def respond(path: str):
        found = RESOURCE.fullmatch(path)
        if found is None:
            return 404, {"error": f"no resource at {path}; try /posts/1 or /comments/1"}
        kind, number = found.group(1), int(found.group(2))
        if kind == "posts" and 1 <= number <= 100:
            return 200, bench.stub_post(number)
        if kind == "comments" and number == 1:
            return 200, bench.COMMENT_1
        return 404, {"error": f"no {kind} with id {number}"}
