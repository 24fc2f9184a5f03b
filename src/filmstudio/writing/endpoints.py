"""/scripts/write: a script from an idea, to edit before making the film."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field

from filmstudio.api.deps import CurrentUser, SettingsDep
from filmstudio.api.limits import spend_limit
from filmstudio.engines.llm.select import llm_for
from filmstudio.film_request import LANGUAGE_CODES, one_of
from filmstudio.writing.script_writer import Form, WriteResult, idea_of, write_script

router = APIRouter(tags=["writing"])


class WriteBody(BaseModel):
    idea: str = Field(min_length=3, max_length=2000)
    duration: float = Field(default=60, ge=10, le=600)
    language: str = Field(default="en", max_length=12, json_schema_extra=one_of(LANGUAGE_CODES))
    characters: int = Field(default=2, ge=1, le=6)
    form: Form = "dialogue"
    llm_engine: str | None = Field(default=None, pattern=r"^(auto|openai|anthropic|local)$")


@router.post("/scripts/write", dependencies=[spend_limit("write")])
def write(body: WriteBody, user: CurrentUser, settings: SettingsDep) -> WriteResult:
    """The model's script for the idea (it fits the duration, in the language, its characters carry age,
    gender and voice type). Nothing is saved: the studio shows it for editing."""
    idea = idea_of(
        text=body.idea, duration=body.duration, language=body.language, characters=body.characters, form=body.form
    )
    return write_script(llm_for(settings, body.llm_engine), idea)
