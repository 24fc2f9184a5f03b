"""The stage list: the one source of a job's step names, their order and their progress weights."""

from __future__ import annotations

from dataclasses import dataclass

from filmstudio.pipeline.stage import Stage
from filmstudio.pipeline.stages.image_generation import ImageGenerationStage
from filmstudio.pipeline.stages.lipsync import LipsyncStage
from filmstudio.pipeline.stages.music_generation import MusicGenerationStage
from filmstudio.pipeline.stages.script_analysis import ScriptAnalysisStage
from filmstudio.pipeline.stages.subtitle_generation import SubtitleGenerationStage
from filmstudio.pipeline.stages.video_composition import VideoCompositionStage
from filmstudio.pipeline.stages.voice_synthesis import VoiceSynthesisStage

# Steps a job lists after the render, run by the worker when the request asks for them (dubbing renders
# the storyboard again in other languages; publishing needs the user's accounts, which stages never
# see); skipped otherwise.
PUBLISH_STEPS = ("dubbing", "youtube_upload")


def default_stages() -> list[Stage]:
    return [
        ScriptAnalysisStage(),
        ImageGenerationStage(),
        VoiceSynthesisStage(),
        LipsyncStage(),
        MusicGenerationStage(),
        SubtitleGenerationStage(),
        VideoCompositionStage(),
    ]


@dataclass(frozen=True)
class StepPlan:
    name: str
    weight: float
    on_request: bool  # a publishing step: pending only when the job asks for it


def job_steps() -> tuple[StepPlan, ...]:
    """A job's steps in order: every stage, then the publishing ones."""
    stages = default_stages()
    total = sum(stage.weight for stage in stages)
    runs = tuple(StepPlan(stage.name, stage.weight / total, False) for stage in stages)
    return runs + tuple(StepPlan(name, 0.0, True) for name in PUBLISH_STEPS)
