"""The base of the tests' local servers that speak an outside service's protocol (Google, Salesforce,
Stripe, the language models' APIs): a threaded HTTP server on a free loopback port, in a thread; HTTPS
with a certificate made for the test when the real service speaks only HTTPS (the studio is told to trust
it). `with Fake() as fake:` starts it; leaving stops it and removes its files."""

from __future__ import annotations

import ipaddress
import shutil
import ssl
import tempfile
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class StateServer(ThreadingHTTPServer):
    daemon_threads = True
    state: Any  # what the handler reads and changes: the fake service's state


class FakeServer:
    tls = False  # HTTPS, as Google and Salesforce speak

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix=f"{type(self).__name__.lower()}-"))
        self._server = StateServer(("127.0.0.1", 0), handler)
        port = self._server.server_address[1]
        if self.tls:
            self.ca_bundle, key = self_signed(self.folder)
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(self.ca_bundle, key)
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self.url = f"{'https' if self.tls else 'http'}://127.0.0.1:{port}"
        self._threads = [threading.Thread(target=self._server.serve_forever, daemon=True)]

    def serve(self, state: Any, *also: Callable[[], None]) -> None:
        """Hand the handler its state, and run `also` (a delivery loop, say) beside the server."""
        self._server.state = state
        self._threads += [threading.Thread(target=work, daemon=True) for work in also]

    def __enter__(self) -> Any:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stopping()
        self._server.shutdown()
        self._server.server_close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def stopping(self) -> None:
        """What a fake does before its server stops (ends its own loops)."""


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and localhost, and its key: Google and Salesforce speak only HTTPS (the
    clients keep https for the URLs they are given), so their fakes do too."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fake.test")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "fake.pem", folder / "fake.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path
