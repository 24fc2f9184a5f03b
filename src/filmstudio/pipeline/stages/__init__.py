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

# Steps a job lists after the render that no stage runs yet (publishing has its own issue): they are
# shown as skipped.
PLANNED_STEPS = ("youtube_upload",)


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
    runnable: bool


def job_steps() -> tuple[StepPlan, ...]:
    """A job's steps in order: every stage, then the planned ones."""
    stages = default_stages()
    total = sum(stage.weight for stage in stages)
    runs = tuple(StepPlan(stage.name, stage.weight / total, True) for stage in stages)
    return runs + tuple(StepPlan(name, 0.0, False) for name in PLANNED_STEPS)
