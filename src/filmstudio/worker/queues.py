"""Which Celery queue a job goes to: GPU work (a GPU engine is configured) or CPU work, and the Pro and
Enterprise plans' priority queue. Workers say which queues they take (`filmstudio worker --queues`)."""

from __future__ import annotations

from filmstudio.config import Settings

QUEUES = ("filmstudio.cpu", "filmstudio.cpu.priority", "filmstudio.gpu", "filmstudio.gpu.priority")
PRIORITY_TIERS = ("pro", "enterprise")
GPU_ENGINES = {"sdxl", "wav2lip", "sadtalker", "musicgen", "bark", "coqui"}


def needs_gpu(settings: Settings) -> bool:
    engines = {settings.image_engine, settings.lipsync_engine, settings.music_engine, settings.tts_engine}
    return bool(engines & GPU_ENGINES)


def queue_for(*, tier: str, settings: Settings) -> str:
    kind = "gpu" if needs_gpu(settings) else "cpu"
    return f"filmstudio.{kind}.priority" if tier in PRIORITY_TIERS else f"filmstudio.{kind}"
