"""`python -m filmstudio.worker.process JOB_ID WORKER_ID`: render one job in this process."""

from __future__ import annotations

import os
import signal
import sys

from filmstudio.config import Settings
from filmstudio.ops import logs
from filmstudio.worker.task import STOPPING, run_job


def main() -> None:
    job_id, worker_id = sys.argv[1], sys.argv[2]
    raw = os.environ.get("FILMSTUDIO_SETTINGS_JSON")
    settings = Settings.model_validate_json(raw) if raw else Settings()
    logs.configure(settings.log_format)
    # SIGTERM (a deploy, a scale-down): stop at the next check and hand the job back to the queue
    signal.signal(signal.SIGTERM, lambda signum, frame: STOPPING.set())
    run_job(job_id, settings, worker_id=worker_id)


if __name__ == "__main__":
    main()
