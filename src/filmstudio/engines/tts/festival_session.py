"""Festival kept running between lines: a `festival --pipe` process reads one line's Scheme after another
from its stdin. Starting Festival and loading a voice costs 0.2–0.3 s, more than an HTS voice takes to say
a short line; a film's twenty lines in one voice paid it twenty times.

Each line's Scheme is followed by a form that prints a sentinel of its own, so that what Festival printed for
the line is read up to it (its stdout line-buffered through coreutils' `stdbuf`: Festival buffers a pipe);
an error in the line's Scheme ends only that form, and is read from its stderr (a file). Lines spoken at
once get a process each; a process that dies or runs past the time limit is killed and the line fails."""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import tempfile
import threading
import time
import uuid
import weakref

from filmstudio.errors import ToolFailed

LINE_SECONDS = 120.0  # as long as one line may take


class _Session:
    def __init__(self, binary: str) -> None:
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 (its errors, read after each line; closed with it)
        args = [shutil.which("stdbuf") or "stdbuf", "-oL", binary, "--pipe"]  # coreutils' stdbuf
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log)
        self.voice: str | None = None
        self._read_to = 0

    def run(self, voice: str, script: bytes) -> tuple[str, str]:
        """Say `script` in `voice`: what Festival printed, and the errors it wrote meanwhile."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        sentinel = f"filmstudio-done-{uuid.uuid4().hex}"
        select_voice = f"(voice_{voice})\n".encode() if voice != self.voice else b""
        try:
            self.proc.stdin.write(select_voice + script + f'\n(format t "\\n{sentinel}\\n")\n'.encode())
            self.proc.stdin.flush()
        except OSError:  # it died since the last line
            raise ToolFailed(f"Festival stopped: {self._new_errors()[-400:]}") from None
        self.voice = voice
        printed = self._read_until(sentinel.encode())
        errors = self._new_errors()
        if errors:
            self.voice = None  # the voice may not have been chosen: chosen again for the next line
        return printed.decode(errors="replace"), errors

    def _read_until(self, sentinel: bytes) -> bytes:
        assert self.proc.stdout is not None
        fd, data = self.proc.stdout.fileno(), b""
        deadline = time.monotonic() + LINE_SECONDS
        while (end := data.find(b"\n" + sentinel + b"\n")) < 0:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise ToolFailed(f"Festival took more than {LINE_SECONDS:.0f} s over one line")
            chunk = os.read(fd, 65536)
            if not chunk:
                raise ToolFailed(f"Festival stopped: {self._new_errors()[-400:]}")
            data += chunk
        return data[:end]

    def _new_errors(self) -> str:
        self._log.seek(self._read_to)
        text = self._log.read()
        self._read_to += len(text)
        return text.decode(errors="replace").strip()

    def close(self) -> None:
        if self.proc.stdin is not None and not self.proc.stdin.closed:
            with contextlib.suppress(OSError):
                self.proc.stdin.close()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._log.close()


def _close_all(idle: list[_Session]) -> None:
    for session in idle:
        session.close()
    idle.clear()


class FestivalSessions:
    """The Festival processes an engine speaks through: one for each line spoken at the same time, kept for
    the next lines; closed with the engine (or when Python exits)."""

    def __init__(self, binary: str) -> None:
        self.binary = binary
        self._idle: list[_Session] = []
        self._lock = threading.Lock()
        weakref.finalize(self, _close_all, self._idle)

    def run(self, voice: str, script: bytes) -> tuple[str, str]:
        with self._lock:
            session = self._idle.pop() if self._idle else None
        if session is None or session.proc.poll() is not None:
            try:
                session = _Session(self.binary)
            except OSError as exc:
                raise ToolFailed(f"Festival could not start: {exc}") from None
        try:
            result = session.run(voice, script)
        except BaseException:
            session.proc.kill()
            session.close()
            raise
        with self._lock:
            self._idle.append(session)
        return result

    def close(self) -> None:
        with self._lock:
            _close_all(self._idle)
