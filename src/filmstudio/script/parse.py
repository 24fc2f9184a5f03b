"""Detecting a script's format and parsing it. Formats: prose, dialogue (`NAME: text`), Fountain, JSON."""

from __future__ import annotations

import json
import re
from enum import StrEnum

from pydantic import ValidationError

from filmstudio.errors import ScriptError
from filmstudio.script.builder import NARRATOR, StoryboardBuilder, film_language
from filmstudio.script.fountain import parse_fountain
from filmstudio.script.mentions import characters_mentioned
from filmstudio.script.morals import is_label
from filmstudio.script.play import parse_play, play_cues
from filmstudio.script.quotes import read_speech
from filmstudio.script.typography import normalise, split_front
from filmstudio.storyboard import Storyboard


class ScriptFormat(StrEnum):
    PROSE = "prose"
    DIALOGUE = "dialogue"
    FOUNTAIN = "fountain"
    STORYBOARD = "storyboard"


_NAME_CHARS = r"\w\u0300-\u036f\u0900-\u0DFF"  # letters with their combining marks (Indic vowel signs)
DIALOGUE_LINE = re.compile(
    r"^\s*([^\W\d][" + _NAME_CHARS + r" .'\-]{0,39}?)\s*(?:[(（]([^)）]*)[)）])?\s*[:：]\s*(\S.*)$",
    re.UNICODE,
)
# "[Scene: …]" in the studio's languages; the word itself is not part of the place
_SCENE_WORD = r"(?:scene|escena|scène|szene|scena|cena|сцена|场景|場景|シーン|दृश्य|காட்சி|సన్నివేశం)"
SCENE_MARKER = re.compile(
    r"^\s*(?:\[\s*(?:"
    + _SCENE_WORD
    + r"\s*[:：]?)?\s*(.*?)\]|#+\s*(?:"
    + _SCENE_WORD
    + r"\s*[:：]?)?\s*(.*)|"
    + _SCENE_WORD
    + r"\s*[:：]\s*(.*))\s*$",
    re.I,
)
HEADING = re.compile(r"^\s*(?:INT|EXT|EST|INT\./EXT|I/E)[.\s]", re.I)
_NOT_SPEAKERS = {
    "title",
    "author",
    "credit",
    "source",
    "draft date",
    "contact",
    "note",
    "scene",
    "http",
    "https",
}


def detect_format(text: str, filename: str = "") -> ScriptFormat:
    name = filename.lower()
    stripped = text.lstrip()
    if name.endswith(".json") or stripped.startswith("{"):
        return ScriptFormat.STORYBOARD
    if name.endswith((".fountain", ".spmd")):
        return ScriptFormat.FOUNTAIN
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if sum(bool(HEADING.match(ln)) for ln in lines) >= 1 and _has_cues(lines):
        return ScriptFormat.FOUNTAIN
    spoken = [ln for ln in lines if not SCENE_MARKER.match(ln)]
    dialogue = [ln for ln in spoken if _dialogue_match(ln)]
    if spoken and len(dialogue) >= max(1, 0.5 * len(spoken)):
        return ScriptFormat.DIALOGUE
    return ScriptFormat.PROSE


def _has_cues(lines: list[str]) -> bool:
    return any(ln.strip().isupper() and len(ln.strip()) < 40 and not HEADING.match(ln) for ln in lines)


def _dialogue_match(line: str) -> re.Match[str] | None:
    match = DIALOGUE_LINE.match(line)
    # "Moral: …", "शिक्षा: …", "教訓：…" is a fable's moral, told, not a speaker's line
    if match and match.group(1).strip().lower() not in _NOT_SPEAKERS and not is_label(match.group(1)):
        return None if _leads_into_a_quote(match.group(1)) else match
    return None


_PROSE_LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "ru")


def _leads_into_a_quote(cue: str) -> bool:
    """ "Eines Tages sagte die Köchin", "Однажды утром Тобин сказал", "Sa grand-mère dit": a clause of prose
    with its verb of saying, before the colon that opens the words said, is no speaker's name."""
    from filmstudio.script.lemmas import lemma_of
    from filmstudio.script.speech_verbs import SPEECH_VERBS

    return any(
        word.islower() and {word, lemma_of(word, lang)} & set(SPEECH_VERBS[lang].split())
        for word in cue.split()[1:]
        for lang in _PROSE_LANGUAGES
    )


def parse_script(text: str, *, filename: str = "", title: str | None = None, language: str | None = None) -> Storyboard:
    fmt = detect_format(text, filename)
    if fmt is not ScriptFormat.STORYBOARD:
        text = normalise(text)
    default_title = _title_from_filename(filename)
    if fmt is ScriptFormat.STORYBOARD:
        board = _parse_storyboard(text)
        if title:
            board.title = title
        return board
    if fmt is ScriptFormat.FOUNTAIN:
        builder, page_title = parse_fountain(text, language=language)
        builder.title = title or page_title or default_title
    elif fmt is ScriptFormat.DIALOGUE:
        builder = _parse_dialogue(text, title=title or default_title, language=language)
    else:
        builder = _parse_prose(text, title=title, default_title=default_title, language=language)
    board = builder.build()
    if not board.lines():
        raise ScriptError("Script has no lines to speak. Add narration, or dialogue as `NAME: text`.")
    return board


def _title_from_filename(filename: str) -> str:
    stem = re.sub(r"\.[^.]*$", "", filename.rsplit("/", 1)[-1])
    return stem.replace("_", " ").replace("-", " ").strip().title() or "Untitled"


def _parse_storyboard(text: str) -> Storyboard:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ScriptError(f"Storyboard JSON is invalid at line {exc.lineno}, column {exc.colno}: {exc.msg}.") from None
    try:
        board = Storyboard.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ScriptError(f"Storyboard JSON does not match the schema at {where}: {first['msg']}.") from None
    if not board.lines():
        raise ScriptError("Storyboard has no lines to speak. Add lines to its scenes.")
    known = {c.id for c in board.characters}
    for line in board.lines():
        if line.character_id not in known:
            raise ScriptError(f"Line {line.id} names character '{line.character_id}', which is not in characters.")
    return board


def _parse_dialogue(text: str, *, title: str, language: str | None) -> StoryboardBuilder:
    builder = StoryboardBuilder(title=title, language=language)
    for raw in text.splitlines():
        if not raw.strip():
            continue
        marker = SCENE_MARKER.match(raw)
        if marker:
            heading = next(g for g in marker.groups() if g is not None)
            builder.scene(heading)
            builder.action(heading)
            continue
        match = _dialogue_match(raw)
        if match:
            builder.line(match.group(1), match.group(3), match.group(2) or "")
        elif raw.strip().startswith("(") and raw.strip().endswith(")"):
            builder.action(raw.strip()[1:-1])
        else:
            builder.line(NARRATOR, raw)
    return builder


# sentence ends: Latin, Devanagari dandas, CJK, Arabic and Urdu, Armenian, Ethiopic, Burmese, Khmer; a
# closing quote or bracket after the mark belongs to the sentence it ends
_SENTENCE_END = re.compile(r"[.!?।॥؟۔։።။។]+[\"'”’»」』)\]]*(?=\s)|[。！？]+[」』”’)）]*")
_THAI = re.compile(r"[\u0e00-\u0e7f\u0e80-\u0eff]")
_THAI_SENTENCE = 40  # characters: Thai and Lao mark sentences with a space alone, as they do phrases
# abbreviations that end with a full stop inside a sentence
_ABBREVIATION = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Sr|Sra|Jr|Prof|Mme|Mlle|Hr|Fr|Sra|etc|vs|No)\.$")


def split_sentences(text: str) -> list[str]:
    text = " ".join(text.split())
    parts, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text[start : m.end()]) and m.group(0) == ".":
            continue
        parts.append(text[start : m.end()].strip())
        start = m.end()
    parts.append(text[start:].strip())
    return [piece for part in parts if part for piece in _thai_phrases(part)]


def _thai_phrases(text: str) -> list[str]:
    """Thai (and Lao) text has no full stop: phrases between spaces are gathered into sentences of a
    readable length."""
    if not _THAI.search(text) or len(text) <= _THAI_SENTENCE:
        return [text]
    out, current = [], ""
    for phrase in text.split(" "):
        current = f"{current} {phrase}".strip()
        if len(current) >= _THAI_SENTENCE:
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return out


def _parse_prose(text: str, *, title: str | None, default_title: str, language: str | None) -> StoryboardBuilder:
    """Each paragraph is a scene (long ones are split every few lines); each sentence of narration a
    narrator's line, each quote a line of its speaker's. A title and bylines at the top are not read."""
    front, text = split_front(text)
    builder = StoryboardBuilder(title=title or front.title or default_title, language=language)
    builder.bylines = front.bylines
    play = play_cues(text)
    if play is not None:  # a play as published: speeches under their speakers' names
        return parse_play(text, *play, builder)
    builder.source_text = text
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    headings: list[str] = []
    bodies: list[str] = []
    for paragraph in paragraphs:
        # a screenplay's slugline ("EXT. VILLAGE STREET - DAY") heads the scene; it is not read aloud
        first, _, rest = paragraph.strip().partition("\n")
        marker = SCENE_MARKER.match(first)
        if HEADING.match(first) and first.strip() == first.strip().upper():
            headings.append(first.strip())
            bodies.append(rest)
        elif marker and first.strip().startswith("["):  # "[Scene: a village at dawn]" heads it too
            headings.append(next(g for g in marker.groups() if g is not None))
            bodies.append(rest)
        else:
            headings.append("")
            bodies.append(paragraph)
    lang = language or film_language(split_sentences(" ".join(bodies)))
    speech = read_speech(bodies, lang, builder.proper_names(" \n".join(bodies), lang))
    builder.speaker_keys = speech.speakers
    mentioned = characters_mentioned(" \n".join(bodies), lang, speakers=speech.speakers)
    name_of = {mc.mentions[0].key: mc.name[:1].upper() + mc.name[1:] for mc in mentioned}
    builder.called = {name_of.get(who, who): words for who, words in speech.called.items()}
    pending = ""  # a slugline standing alone heads the next paragraph's scene
    for heading, parts in zip(headings, speech.paragraphs, strict=True):
        heading = heading or pending
        lines: list[tuple[str, str]] = []
        for seg in parts:
            if seg.quoted:
                speaker = name_of.get(seg.speaker, seg.speaker) if seg.speaker else NARRATOR
                lines.extend((speaker, s) for s in split_sentences(seg.text))
            elif not seg.attribution:
                lines.extend((NARRATOR, s) for s in split_sentences(seg.text))
        told = " ".join(seg.text for seg in parts)
        pending = heading if not lines else ""
        for start in range(0, len(lines), 4):
            group = lines[start : start + 4]
            builder.scene(heading if start == 0 else "")
            heading = ""
            builder.action(told if start == 0 and len(lines) <= 4 else " ".join(t for _, t in group))
            for speaker, sentence in group:
                builder.line(speaker, sentence)
    return builder
