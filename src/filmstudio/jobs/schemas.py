"""Job bodies as the API spec shows them: a started render, a job's state (what clients poll), a
download link."""

from __future__ import annotations

from pydantic import BaseModel

from filmstudio.timestamps import UTCTimestamp


class Episode(BaseModel):
    part: int
    job_id: str


class JobStarted(BaseModel):
    job_id: str
    status: str
    estimated_time: str  # "2-4 minutes"
    credits_deducted: int
    episodes: list[Episode] | None = None  # a story made as a series: every part's job, in order


class StepState(BaseModel):
    """A step's state; the optional parts appear only when they say something (hence exclude_unset)."""

    name: str
    status: str
    progress: int | None = None  # percent, while processing
    duration: int | None = None  # seconds, once completed or failed
    error: str | None = None
    reused: int | None = None  # assets a completed step found made before (a re-render after an edit)
    made: int | None = None  # and made anew


class JobStatus(BaseModel):
    job_id: str
    project_id: str
    status: str
    progress: int  # percent
    current_step: str | None
    steps: list[StepState]
    estimated_time_remaining: str | None
    error: str | None
    started_at: UTCTimestamp | None
    updated_at: UTCTimestamp
    engines: dict[str, str]  # kind -> engine: those that made the film, or those its project asked for

    def json_body(self) -> bytes:
        return self.model_dump_json(exclude_unset=True).encode()


class Download(BaseModel):
    download_url: str
    expires_in: int  # seconds
    file_size: int | None
    format: str
    resolution: str | None  # "1920x1080", for a video
    duration: float | None  # seconds, for a video
