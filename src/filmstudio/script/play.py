"""Plays as published: a speech opens with its speaker's name and a full stop ("Algernon.  Did you hear
what I was playing, Lane?", "Ломов. Благодарю вас."), or the name stands alone in capitals on the line
above the speech ("ROSAURA" over her verses). Stage directions in brackets or parentheses, and
paragraphs no name opens, are direction: only the characters speak."""

from __future__ import annotations

import re
from collections import Counter

from filmstudio.script.builder import StoryboardBuilder

_NAME = r"[^\W\d_][\w'’\-\u0900-\u0DFF]*(?:\s+[^\W\d_][\w'’\-\u0900-\u0DFF]*){0,2}"
# "Algernon.  text", "Чубуков (идя к нему навстречу). text", "LADY BRACKNELL.  text"
# "राजे॰––मैं तो गाय जरूर लूंगी।": an abbreviated name and a dash
_OPENING = re.compile(r"^(" + _NAME + r"[॰]?)\s*(?:\(([^)]*)\)\s*)?(?:\.\s+|[.॰]?\s*[—–]{1,2}\s*)(\S.*)$", re.S)
_DIRECTION = re.compile(r"\[[^\]]*\]|\((?:[^)]*)\)")
_SCENE = re.compile(r"^\s*(?:act|scene|acto|escena|jornada|acte|scène|akt|szene|atto|действие|явление|[IVX]+)\b", re.I)


def _cue_alone(line: str) -> str | None:
    """A name alone on its line, in capitals: 'ROSAURA', 'LADY BRACKNELL.'"""
    name = line.strip().rstrip(".:")
    if not name or len(name) > 30 or not name.isupper() or len(name.split()) > 3:
        return None
    return name if re.fullmatch(_NAME, name) else None


def play_cues(text: str) -> tuple[str, set[str]] | None:
    """('opening' or 'alone', the speakers) when the text reads as a play: at least three speeches
    under names that each open two or more of them."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    openers = Counter(m.group(1) for p in paragraphs if (m := _OPENING.match(p)) and len(m.group(1)) <= 30)
    speakers = {name for name, n in openers.items() if n >= 2 and not name[:1].islower()}
    if len(speakers) >= 2 and sum(openers[s] for s in speakers) >= 3:
        return "opening", speakers
    alone = Counter(name for line in text.splitlines() if (name := _cue_alone(line)))
    speakers = {name for name, n in alone.items() if n >= 2}
    if len(speakers) >= 2 or sum(alone.values()) >= 3 and speakers:
        return "alone", set(alone)
    return None


def parse_play(text: str, kind: str, speakers: set[str], builder: StoryboardBuilder) -> StoryboardBuilder:
    if kind == "opening":
        for paragraph in (p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()):
            match = _OPENING.match(paragraph)
            if match and match.group(1) in speakers:
                _speech(builder, match.group(1), match.group(3), match.group(2) or "")
            else:
                _direction(builder, paragraph)
        return builder
    speaker: str | None = None
    said: list[str] = []
    for line in text.splitlines():
        cue = _cue_alone(line)
        if cue is not None and cue in speakers:
            if speaker and said:
                _speech(builder, speaker, " ".join(said), "")
            speaker, said = cue, []
        elif not line.strip():
            continue
        elif speaker is None or _DIRECTION.fullmatch(line.strip()) or line.strip().startswith("["):
            _direction(builder, line)
        else:
            said.append(line.strip())
    if speaker and said:
        _speech(builder, speaker, " ".join(said), "")
    return builder


def _speech(builder: StoryboardBuilder, speaker: str, text: str, parenthetical: str) -> None:
    for direction in _DIRECTION.findall(text):
        builder.action(direction.strip("[]()"))
    spoken = " ".join(_DIRECTION.sub(" ", text).split())
    if spoken.strip(" .…"):
        builder.line(speaker, spoken, parenthetical)


def _direction(builder: StoryboardBuilder, text: str) -> None:
    text = " ".join(text.split())
    if _SCENE.match(text) and len(text.split()) <= 4:
        builder.scene(text)
        return
    builder.action(text.strip("[]"))
