"""Real local receivers for delivery tests: an SMTP server (aiosmtpd) and a JSON webhook (http.server).

Both run in threads of the test process, so a forked child that delivers to them is seen by the
parent: what arrived is what a real receiver would have got, crash or not.
"""
from __future__ import annotations

import email
import email.policy
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class MailBox:
    """aiosmtpd on 127.0.0.1; ``messages`` holds every accepted mail, parsed. With ``password``,
    AUTH LOGIN/PLAIN is required (and a wrong one answered 535)."""

    def __init__(self, password: str | None = None, user: str = "storywatch"):
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult, LoginPassword
        self.messages = []

        def auth(server, session, envelope, mechanism, data):
            ok = isinstance(data, LoginPassword) and data.password == password.encode()
            return AuthResult(success=ok, handled=False)   # False: aiosmtpd answers 535 itself

        kw = dict(authenticator=auth, auth_require_tls=False) if password else {}
        self.ctl = Controller(self, hostname="127.0.0.1", port=free_port(), **kw)
        self.ctl.start()
        login = f"{user}:{password}@" if password else ""
        self.url = (f"mailto://{login}127.0.0.1:{self.ctl.port}"
                    "?from=storywatch@example.com&to=desk@example.com")

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 OK"

    def message_ids(self) -> list[str]:
        return [m["Message-ID"] for m in self.messages]

    def close(self):
        self.ctl.stop()


class Hook:
    """A JSON webhook on 127.0.0.1: ``posts`` holds (path, Authorization, payload), ``keys`` the
    Idempotency-Key header of each POST."""

    def __init__(self, port: int | None = None):
        posts, keys = self.posts, self.keys = [], []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                size = int(self.headers.get("Content-Length", 0))
                payload = json.loads(self.rfile.read(size))
                posts.append((self.path, self.headers.get("Authorization"), payload))
                keys.append(self.headers.get("Idempotency-Key"))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.port = port or free_port()
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()
