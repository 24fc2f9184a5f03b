"""The embedded worker pool: `filmstudio serve` starts it. Each job renders in its own process (so a
render never holds the API's interpreter, and a crash takes only that process), and jobs are durable in
the database: after a restart, queued jobs run and abandoned ones are taken up again."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import uuid
from datetime import timedelta

from filmstudio.config import Settings
from filmstudio.db.session import session_factory, session_scope
from filmstudio.jobs import service as jobs

log = logging.getLogger("filmstudio.worker")
POLL_SECONDS = 0.5


def job_command(job_id: uuid.UUID, worker_id: str) -> list[str]:
    return [sys.executable, "-m", "filmstudio.worker.process", str(job_id), worker_id]


class EmbeddedPool:
    def __init__(self, settings: Settings, *, size: int | None = None) -> None:
        self.settings = settings
        self.size = size or settings.embedded_workers
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.processes: dict[uuid.UUID, subprocess.Popen[bytes]] = {}

    def start(self) -> None:
        for i in range(self.size):
            thread = threading.Thread(target=self._loop, args=(f"embedded-{os.getpid()}-{i}",), daemon=True)
            thread.start()
            self._threads.append(thread)
        if self.settings.salesforce_enabled:
            from filmstudio.salesforce.tasks import drain_every

            self._threads.append(drain_every(self.settings, self._stop))

    def stop(self) -> None:
        self._stop.set()
        for proc in list(self.processes.values()):
            proc.terminate()
        for thread in self._threads:
            thread.join(timeout=10)

    def _loop(self, worker_id: str) -> None:
        sessions = session_factory(self.settings)
        env = {**os.environ, "FILMSTUDIO_SETTINGS_JSON": self.settings.model_dump_json()}
        while not self._stop.is_set():
            try:
                with session_scope(sessions) as session:
                    jobs.recover_stale(session, stale_after=timedelta(seconds=self.settings.job_stale_seconds))
                    job_id = jobs.next_queued(session)
            except Exception:
                log.exception("worker poll failed")
                job_id = None
            if job_id is None:
                self._stop.wait(POLL_SECONDS)
                continue
            proc = subprocess.Popen(job_command(job_id, worker_id), env=env)
            self.processes[job_id] = proc
            proc.wait()
            self.processes.pop(job_id, None)
