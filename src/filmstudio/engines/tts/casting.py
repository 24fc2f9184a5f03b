"""Casting: each character gets a voice that fits its language, gender, age and style, and no two
characters of a film sound alike (another voice, or the same voice at least 15% apart in pitch).
Among voices that fit, the clearest in the character's language wins: the character error rate
Whisper measured on each voice (`bench/languages.py`), then the engine's own rating."""

from __future__ import annotations

from dataclasses import dataclass

from filmstudio.engines.tts.base import VoiceInfo
from filmstudio.engines.tts.measured import measured
from filmstudio.errors import UnsupportedLanguage
from filmstudio.storyboard import Character, VoiceChoice

MIN_PITCH_GAP = 0.18  # a little over the 15% the ear needs, so rounding never lands under it
_PITCH_STEPS = (1.0, 1.22, 0.8, 1.45, 0.66, 1.7)
_AGE_PITCH = {"child": 1.35, "young_adult": 1.0, "middle_aged": 0.95, "elderly": 0.9}
_AGE_RATE = {"child": 1.05, "young_adult": 1.0, "middle_aged": 0.97, "elderly": 0.9}
_STYLE_RATE = {"narrator": 0.95, "dramatic": 0.92, "cheerful": 1.05, "serious": 0.95, "conversational": 1.0}


@dataclass(frozen=True)
class _Cast:
    voice: VoiceInfo
    pitch: float


def clarity(voice: VoiceInfo, language: str) -> float:
    """Higher is clearer: 10 x (1 - measured CER) in this language plus the engine's own rating, which
    breaks ties between voices Whisper follows equally well (a neural or HTS voice over espeak-ng's)."""
    cer = measured().get(language, {}).get(f"{voice.engine}:{voice.id}")
    return float(voice.quality) + (0.0 if cer is None else 10.0 * (1.0 - min(cer, 1.0)))


def _score(voice: VoiceInfo, character: Character, used: set[tuple[str, str]], genders: set[str]) -> float:
    score = clarity(voice, character.language)
    if character.gender == "neutral" or voice.gender == "neutral":
        score += 2
        if voice.gender in genders:
            score -= 3  # an unspecified character sounds unlike those already cast
    elif voice.gender == character.gender:
        score += 10
    else:
        score -= 12
    if voice.age == character.age:
        score += 3 if voice.age == "child" else 1
    elif "child" in (voice.age, character.age):
        score -= 3  # a child's voice for a grown-up, or a grown-up's for a child, is heard at once
    if (voice.engine, voice.id) in used:
        score -= 8  # prefer a voice nobody has yet
    return score


def cast_voices(characters: list[Character], voices: list[VoiceInfo]) -> None:
    """Fill in `character.voice` for every character: those with a chosen voice first, then those
    whose gender the script tells, then the rest, each group in order of appearance."""
    cast: list[_Cast] = []
    used: set[tuple[str, str]] = set()
    genders: set[str] = set()
    order = sorted(characters, key=lambda c: (c.voice_preference is None, c.gender == "neutral"))
    for character in order:
        language = character.language
        candidates = [v for v in voices if language in v.languages]
        if not candidates:
            raise UnsupportedLanguage(
                f"No installed voice speaks '{language}' (character {character.name}). "
                "Run `filmstudio engines` to see the languages this machine has.",
                details={"language": language},
            )
        preferred = [v for v in candidates if f"{v.engine}:{v.id}" == character.voice_preference]
        best = preferred[0] if preferred else max(candidates, key=lambda v: _score(v, character, used, genders))
        pitch = _AGE_PITCH[character.age]
        if character.age == "child" and best.gender == "female":
            pitch = 1.2  # a female voice needs less lift to sound young
        pitch = _distinct_pitch(best, pitch, cast)
        used.add((best.engine, best.id))
        genders.add(best.gender)
        cast.append(_Cast(best, pitch))
        rate = _AGE_RATE[character.age] * _STYLE_RATE.get(character.style, 1.0)
        character.voice = VoiceChoice(
            engine=best.engine,
            voice=best.id,
            language=language,
            pitch=round(pitch, 3),
            rate=round(rate, 3),
            reason=f"{best.description or best.id}: {language}, {best.gender}, {character.age} ({character.style})",
        )


def _distinct_pitch(voice: VoiceInfo, wanted: float, cast: list[_Cast]) -> float:
    same = [c.pitch for c in cast if c.voice == voice]
    if not same:
        return wanted
    for step in _PITCH_STEPS:
        pitch = wanted * step
        if all(abs(pitch / p - 1.0) >= MIN_PITCH_GAP and abs(p / pitch - 1.0) >= MIN_PITCH_GAP for p in same):
            return pitch
    return wanted * _PITCH_STEPS[-1]
