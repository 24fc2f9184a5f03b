"""Start `filmstudio serve` on a fresh data folder and a free port, for the benchmarks."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx


@contextmanager
def running_studio(**env_extra: str) -> Iterator[tuple[str, int]]:
    """Yields (API base URL, port); stops the server and removes its data afterwards."""
    data = Path(tempfile.mkdtemp(prefix="filmstudio-bench-"))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "FILMSTUDIO_DATA_DIR": str(data), "FILMSTUDIO_PORT": str(port), **env_extra}
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("filmstudio")), "serve"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(300):
            try:
                httpx.get(f"http://127.0.0.1:{port}/health")
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/api/v1", port
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:  # a server still busy with queued requests
            server.kill()
            server.wait(timeout=20)
        shutil.rmtree(data, ignore_errors=True)
