"""A project's storyboard as its document: read from the script once, then edited by its creator, each save
a version (the last VERSIONS_KEPT kept, any of them restorable). An edit names the version it was made on;
an edit made on an older one is refused (409), so two editors never overwrite each other. Services: no
HTTP here."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import jsonpatch
from pydantic import ValidationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from filmstudio.errors import Conflict, InvalidInput, NotFound
from filmstudio.models import Project, ProjectStoryboard
from filmstudio.storyboard import Storyboard

VERSIONS_KEPT = 10
Reader = Callable[[str], Storyboard]  # reads a script as the film would (the studio's analysis)


def script_digest(script: str) -> str:
    return hashlib.sha256(script.encode("utf-8")).hexdigest()


def _pointer(location: tuple[Any, ...]) -> str:
    return "/" + "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in location)


def validate(document: Any) -> Storyboard:
    """The document as a Storyboard, or InvalidInput naming every path that is wrong (JSON pointers)."""
    if not isinstance(document, dict):
        raise InvalidInput(
            "A storyboard is a JSON object.", details={"errors": [{"path": "", "message": "not an object"}]}
        )
    try:
        board = Storyboard.model_validate(document)
    except ValidationError as exc:
        errors = [{"path": _pointer(e["loc"]), "message": e["msg"]} for e in exc.errors()[:20]]
        raise InvalidInput(
            f"The storyboard is not valid at {errors[0]['path']}: {errors[0]['message']}.", details={"errors": errors}
        ) from None
    errors = _references(board)
    if errors:
        raise InvalidInput(
            f"The storyboard is not valid at {errors[0]['path']}: {errors[0]['message']}.", details={"errors": errors}
        )
    return board


def _references(board: Storyboard) -> list[dict[str, str]]:
    """What the schema cannot say: lines, people and shots name characters the storyboard has."""
    ids = [c.id for c in board.characters]
    errors = [
        {"path": f"/characters/{i}/id", "message": f"'{cid}' is used by another character"}
        for i, cid in enumerate(ids)
        if ids.index(cid) != i
    ]
    known = set(ids)
    for s, scene in enumerate(board.scenes):
        for n, line in enumerate(scene.lines):
            if line.character_id not in known:
                errors.append(
                    {"path": f"/scenes/{s}/lines/{n}/character_id", "message": f"no character '{line.character_id}'"}
                )
        for n, cid in enumerate(scene.people):
            if cid not in known:
                errors.append({"path": f"/scenes/{s}/people/{n}", "message": f"no character '{cid}'"})
    return errors


def _latest(session: Session, project: Project) -> ProjectStoryboard | None:
    return session.scalars(
        select(ProjectStoryboard)
        .where(ProjectStoryboard.project_id == project.project_id)
        .order_by(ProjectStoryboard.version.desc())
        .limit(1)
    ).first()


def _add(session: Session, project: Project, board: Storyboard, source: str, after: int) -> ProjectStoryboard:
    saved = ProjectStoryboard(
        project_id=project.project_id,
        version=after + 1,
        document=board.model_dump(mode="json"),
        source=source,
        script_digest=script_digest(project.script),
    )
    session.add(saved)
    session.flush()
    session.execute(
        delete(ProjectStoryboard).where(
            ProjectStoryboard.project_id == project.project_id,
            ProjectStoryboard.version <= saved.version - VERSIONS_KEPT,
        )
    )
    return saved


def current(session: Session, project: Project, read: Reader) -> ProjectStoryboard:
    """The latest version, read from the script first if the project has none."""
    latest = _latest(session, project)
    if latest is None:
        latest = _add(session, project, read(project.script), "read", 0)
    return latest


def latest(session: Session, project: Project) -> ProjectStoryboard | None:
    return _latest(session, project)


def to_render(session: Session, project: Project) -> dict | None:
    """The storyboard a film of the project is made from: the creator's latest version, unless it is only
    a reading of a script that has changed since (None: read the script as it is now)."""
    saved = _latest(session, project)
    if saved is None or (saved.source == "read" and script_changed(project, saved)):
        return None
    return saved.document


def _check_version(latest: ProjectStoryboard, expected: int | None) -> None:
    if expected is not None and expected != latest.version:
        raise Conflict(
            f"The storyboard was saved again (version {latest.version}) since version {expected} was loaded: "
            "load it again and redo the change.",
            details={"current_version": latest.version, "your_version": expected},
        )


def save(
    session: Session, project: Project, document: Any, *, expected: int | None, read: Reader, source: str = "edit"
) -> ProjectStoryboard:
    """A new version with the whole document; nothing is saved when it is invalid or stale."""
    latest = current(session, project, read)
    _check_version(latest, expected)
    board = validate(document)
    return _add(session, project, board, source, latest.version)


def patch(
    session: Session, project: Project, operations: Any, *, expected: int | None, read: Reader
) -> ProjectStoryboard:
    """A new version with a JSON Patch (RFC 6902) applied to the latest one."""
    latest = current(session, project, read)
    _check_version(latest, expected)
    if not isinstance(operations, list):
        raise InvalidInput(
            "A JSON Patch is a list of operations.",
            details={"errors": [{"path": "", "message": "not a list"}]},
        )
    try:
        document = jsonpatch.JsonPatch(operations).apply(latest.document)
    except Exception as exc:  # noqa: BLE001 - any operation that cannot apply is the edit's fault, said as such
        op = next((o for o in operations if isinstance(o, dict)), {})
        raise InvalidInput(
            f"The patch cannot be applied: {exc}.",
            details={"errors": [{"path": str(op.get("path", "")), "message": str(exc)}]},
        ) from None
    return _add(session, project, validate(document), "edit", latest.version)


def versions(session: Session, project: Project) -> list[ProjectStoryboard]:
    return list(
        session.scalars(
            select(ProjectStoryboard)
            .where(ProjectStoryboard.project_id == project.project_id)
            .order_by(ProjectStoryboard.version.desc())
        )
    )


def version(session: Session, project: Project, number: int) -> ProjectStoryboard:
    found = session.scalars(
        select(ProjectStoryboard).where(
            ProjectStoryboard.project_id == project.project_id, ProjectStoryboard.version == number
        )
    ).first()
    if found is None:
        raise NotFound(
            f"The storyboard has no version {number} (the last {VERSIONS_KEPT} are kept).", details={"version": number}
        )
    return found


def restore(session: Session, project: Project, number: int, *, read: Reader) -> ProjectStoryboard:
    """An older version, saved again as the newest."""
    old = version(session, project, number)
    latest = current(session, project, read)
    return _add(session, project, Storyboard.model_validate(old.document), "restore", latest.version)


def reread(session: Session, project: Project, *, expected: int | None, read: Reader) -> ProjectStoryboard:
    """The storyboard read again from the (edited) script: edits made since the last reading are lost."""
    latest = current(session, project, read)
    _check_version(latest, expected)
    return _add(session, project, read(project.script), "read", latest.version)


def edits_since_reading(session: Session, project: Project) -> list[str]:
    """The paths the creator changed since the storyboard was last read from the script: what re-reading
    it would lose."""
    saved = versions(session, project)
    if not saved:
        return []
    read = next((v for v in saved if v.source == "read"), saved[-1])
    ops = jsonpatch.make_patch(read.document, saved[0].document)
    return sorted({op["path"] for op in ops})


def script_changed(project: Project, saved: ProjectStoryboard) -> bool:
    return saved.script_digest != script_digest(project.script)
