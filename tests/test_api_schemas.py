"""Every route says what it answers: a JSON route declares its response model (so OpenAPI shows the
shape and FastAPI checks it), any other declares its media type; and every time in a response is the
one UTC timestamp type."""

from __future__ import annotations

import typing
from datetime import datetime
from pathlib import Path

from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel

from filmstudio.app import create_app
from filmstudio.config import Settings
from filmstudio.timestamps import UTCTimestamp


def _walk(routes: list[typing.Any]) -> typing.Iterator[APIRoute]:
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        elif hasattr(route, "original_router"):  # a router included into the app (FastAPI includes lazily)
            yield from _walk(route.original_router.routes)


def _routes(tmp_path: Path) -> list[APIRoute]:
    app = create_app(Settings(data_dir=tmp_path, cache_dir=tmp_path / "cache"))
    return [r for r in _walk(app.routes) if r.include_in_schema]


def _is_model(kind: object) -> bool:
    return isinstance(kind, type) and issubclass(kind, BaseModel)


def test_every_json_route_declares_its_response_model(tmp_path: Path) -> None:
    untyped = []
    for route in _routes(tmp_path):
        response_class = getattr(route.response_class, "value", route.response_class)
        answers_json = response_class is JSONResponse
        if route.status_code == 204 or (not answers_json and response_class.media_type is not None):
            continue  # no body, or a declared media type (an image, an event stream, a page)
        if not _is_model(route.response_model):
            untyped.append(f"{sorted(route.methods)[0]} {route.path}: {route.response_model}")
    assert not untyped, "routes without a response model:\n" + "\n".join(untyped)


UTC_MARKS = typing.get_args(UTCTimestamp)[1:]  # its validator and serializer


def _plain_time(annotation: object, metadata: tuple[object, ...] | list[object] = ()) -> bool:
    """Whether a datetime is in the annotation without UTCTimestamp's marks (through X | None, lists)."""
    if annotation is datetime:
        return not any(mark in metadata for mark in UTC_MARKS)
    if typing.get_origin(annotation) is typing.Annotated:
        inner, *marks = typing.get_args(annotation)
        return _plain_time(inner, marks)
    return any(_plain_time(arg) for arg in typing.get_args(annotation))


def _models_in(annotation: object) -> list[type[BaseModel]]:
    found = [annotation] if _is_model(annotation) else []
    return found + [m for arg in typing.get_args(annotation) for m in _models_in(arg)]


def _datetime_fields(model: type[BaseModel], seen: set[type[BaseModel]]) -> list[str]:
    if model in seen:
        return []
    seen.add(model)
    found = []
    for name, field in model.model_fields.items():
        if _plain_time(field.annotation, field.metadata):
            found.append(f"{model.__name__}.{name}")
        for inner in _models_in(field.annotation):
            found += _datetime_fields(inner, seen)
    return found


def test_every_time_in_a_response_is_a_utc_timestamp(tmp_path: Path) -> None:
    seen: set[type[BaseModel]] = set()
    plain = []
    for route in _routes(tmp_path):
        for model in _models_in(route.response_model):
            plain += _datetime_fields(model, seen)
    assert seen, "no response models found"
    assert _plain_time(datetime) and not _plain_time(UTCTimestamp | None)  # the check can fail
    assert not plain, "times that are not UTCTimestamp:\n" + "\n".join(sorted(set(plain)))
