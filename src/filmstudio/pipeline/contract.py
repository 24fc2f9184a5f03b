"""What a stage reads and writes, checked: paths through the Storyboard model ("scenes.lines.audio" is
every line's clip) resolved when the stage's module is imported, so a stage naming a field that does
not exist fails at import, not silently; and the film's files ("files.video") named by their kind.
The runner checks that every stage reads only what an earlier one wrote (`runner.check_order`)."""

from __future__ import annotations

import types
from typing import Union, get_args, get_origin

from pydantic import BaseModel

from filmstudio.engines.registry import EngineKind as EngineKind  # what stages declare in `uses`
from filmstudio.media.store.kinds import MediaKind
from filmstudio.storyboard import Storyboard

# the files a stage leaves for the next: the film's own kinds, and the subtitles to burn into the picture
FILES = frozenset({kind.value for kind in MediaKind} | {"burn_in"})


class ContractError(ValueError):
    """A stage's declared reads or writes name something the storyboard does not have."""


def _model_in(annotation: object) -> type[BaseModel] | None:
    """The model a field holds, through list[...], X | None, dict[str, ...] and tuples."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = get_origin(annotation)
    if origin in (list, tuple, dict, Union, types.UnionType):
        for arg in get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None


def resolve(path: str, model: type[BaseModel] = Storyboard) -> None:
    """Raise ContractError unless `path` names a field, through nested models, of `model`."""
    here: type[BaseModel] | None = model
    walked: list[str] = []
    for part in path.split("."):
        if here is None or part not in here.model_fields:
            inside = ".".join(walked) or model.__name__
            known = ", ".join(sorted(here.model_fields)) if here is not None else "no fields"
            raise ContractError(f"{path!r}: {inside} has no field {part!r} (it has {known})")
        walked.append(part)
        here = _model_in(here.model_fields[part].annotation)


def board(*paths: str) -> tuple[str, ...]:
    """Storyboard paths a stage reads or writes, resolved now."""
    for path in paths:
        resolve(path)
    return paths


def files(*names: str) -> tuple[str, ...]:
    """Files a stage reads or writes ("video", "subtitles", "burn_in", …), as `files.<name>`."""
    unknown = sorted(set(names) - FILES)
    if unknown:
        raise ContractError(f"no such film file: {', '.join(unknown)} (files are {', '.join(sorted(FILES))})")
    return tuple(f"files.{name}" for name in names)
