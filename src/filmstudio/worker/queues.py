"""Which Celery queue a job goes to: GPU work (a GPU engine is configured, for the studio or the job's
project) or CPU work, and the Pro and Enterprise plans' priority queue. Workers say which queues they
take (`filmstudio worker --queues`; a worker marked GPU in the settings takes the GPU queues first)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Protocol

from filmstudio.config import Settings

if TYPE_CHECKING:
    from filmstudio.film_request import FilmRequest

QUEUES = ("filmstudio.cpu", "filmstudio.cpu.priority", "filmstudio.gpu", "filmstudio.gpu.priority")
PRIORITY_TIERS = ("pro", "enterprise")
GPU_ENGINES = {"sdxl", "wav2lip", "sadtalker", "musicgen", "bark", "coqui"}


class Dispatch(Protocol):
    """How a new job reaches a worker (the app's `state.dispatch`): its id, its owner's plan and request."""

    def __call__(self, job_id: uuid.UUID, *, tier: str = "free", request: FilmRequest | None = None) -> None: ...


def needs_gpu(settings: Settings, request: FilmRequest | None = None) -> bool:
    if request is not None:
        settings = request.engine_settings(settings)
    engines = {settings.image_engine, settings.lipsync_engine, settings.music_engine, settings.tts_engine}
    return bool(engines & GPU_ENGINES)


def queue_for(*, tier: str, settings: Settings, request: FilmRequest | None = None) -> str:
    kind = "gpu" if needs_gpu(settings, request) else "cpu"
    return f"filmstudio.{kind}.priority" if tier in PRIORITY_TIERS else f"filmstudio.{kind}"


def worker_queues(settings: Settings) -> str:
    """The queues a worker takes by default, first first: a GPU worker takes GPU work before CPU work."""
    cpu = "filmstudio.cpu.priority,filmstudio.cpu"
    return f"filmstudio.gpu.priority,filmstudio.gpu,{cpu}" if settings.worker_gpu else cpu
