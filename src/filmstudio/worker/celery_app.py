"""Celery workers over Redis: `filmstudio worker` runs them, on any number of machines. The queue carries
job ids only; the database holds the truth, so a lost or repeated message does no harm."""

from __future__ import annotations

import logging
import socket
import threading
import time
import uuid
from datetime import timedelta

from celery import Celery

from filmstudio.config import Settings
from filmstudio.db.session import session_factory, session_scope
from filmstudio.film_request import FilmRequest
from filmstudio.jobs import service as jobs
from filmstudio.worker.queues import Dispatch, queue_for

TASK = "filmstudio.run_job"
log = logging.getLogger("filmstudio.worker")


def make_celery(settings: Settings) -> Celery:
    if not settings.redis_url:
        raise ValueError("FILMSTUDIO_REDIS_URL is needed for Celery workers")
    app = Celery("filmstudio", broker=settings.redis_url)
    app.conf.update(
        task_acks_late=True,  # a message is only gone once its job finished
        task_reject_on_worker_lost=True,  # a killed worker's job goes back to the queue
        worker_prefetch_multiplier=1,
        broker_transport_options={"visibility_timeout": 3600},
        task_default_queue="filmstudio.cpu",
        broker_connection_retry_on_startup=True,
    )

    @app.task(name=TASK, shared=False)  # each app its own: a shared task would keep the first settings
    def run_job(job_id: str) -> str:
        from filmstudio.worker.task import run_job as run

        return run(job_id, settings, worker_id=f"celery-{socket.gethostname()}")

    @app.task(name="filmstudio.salesforce_drain", ignore_result=True, shared=False)
    def salesforce_drain() -> dict[str, int]:
        from filmstudio.salesforce.tasks import drain_once

        return drain_once(settings)

    return app


def start_sweeper(app: Celery, settings: Settings, stop: threading.Event, every: float = 5.0) -> threading.Thread:
    """Every worker also watches for jobs whose worker died (heartbeat stopped) and queues them again,
    and publishes the queue depth to CloudWatch when a namespace is set (autoscaling on AWS)."""

    publisher = None
    if settings.cloudwatch_namespace:
        from filmstudio.worker.queue_depth import CloudWatchPublisher

        publisher = CloudWatchPublisher(settings)

    def loop() -> None:
        sessions = session_factory(settings)
        drained_at = published_at = 0.0
        while not stop.wait(every):
            if publisher is not None and time.monotonic() - published_at >= settings.cloudwatch_seconds:
                published_at = time.monotonic()
                try:
                    publisher.publish()
                except Exception:  # scaling waits for the next minute; rendering goes on
                    log.exception("publishing the queue depth to CloudWatch failed")
            if settings.salesforce_enabled and time.monotonic() - drained_at >= settings.salesforce_drain_seconds:
                app.send_task("filmstudio.salesforce_drain", queue=queue_for(tier="free", settings=settings))
                drained_at = time.monotonic()
            try:
                with session_scope(sessions) as session:
                    requeued = jobs.recover_stale(session, stale_after=timedelta(seconds=settings.job_stale_seconds))
                for job_id, queue in job_queues(settings, requeued):
                    app.send_task(TASK, args=[str(job_id)], queue=queue)
            except Exception:  # keep sweeping; the next round retries
                log.exception("sweeping stale jobs failed")

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    return thread


def job_queues(settings: Settings, job_ids: list[uuid.UUID]) -> list[tuple[uuid.UUID, str]]:
    """Each job's queue: its owner's plan and the engines its project asks for."""
    from filmstudio.models import Job

    out = []
    with session_scope(session_factory(settings)) as session:
        for job_id in job_ids:
            job = session.get(Job, job_id)
            if job is None:
                continue
            tier = jobs.owner(session, job).tier
            request = FilmRequest.from_settings((job.parameters or {}).get("settings"))
            out.append((job_id, queue_for(tier=tier, settings=settings, request=request)))
    return out


def dispatcher(settings: Settings) -> Dispatch:
    app = make_celery(settings)

    def dispatch(job_id: uuid.UUID, *, tier: str = "free", request: FilmRequest | None = None) -> None:
        """Send a job to its queue: its owner's plan and the engines its request asks for."""
        app.send_task(TASK, args=[str(job_id)], queue=queue_for(tier=tier, settings=settings, request=request))

    return dispatch
