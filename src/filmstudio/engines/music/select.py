"""Choosing a style when none was asked for: from the script's language, theme and mood. The reason is
kept, so the report can say why."""

from __future__ import annotations

from collections import Counter

from filmstudio.storyboard import Storyboard

INDIC = {"hi", "ta", "te", "bn", "mr", "sa", "ne"}
RAGA_FOR_TIME = {"dawn": "bhairav", "day": "bhupali", "sunset": "yaman", "night": "malkauns"}
NATURE = {"forest", "sea", "river", "pond", "mountains", "village", "landscape", "desert"}


def choose_style(board: Storyboard) -> tuple[str, str | None, str]:
    """(style, raga or None, reason)."""
    lines = board.lines()
    sanskrit = sum(ln.language == "sa" for ln in lines)
    moods = Counter(s.mood for s in board.scenes)
    settings = Counter(s.setting for s in board.scenes)
    mood = moods.most_common(1)[0][0] if moods else "calm"
    first_time = board.scenes[0].time_of_day if board.scenes else "day"
    raga = "darbari" if first_time == "night" and mood in ("tense", "melancholic") else RAGA_FOR_TIME[first_time]
    if sanskrit and sanskrit * 2 >= len(lines):
        return "sloka", "bhupali", "the script is Sanskrit verse: a drone, bells and space for recitation"
    if sanskrit or settings["temple"] or mood == "devotional":
        return (
            "devotional",
            raga,
            (
                f"a Sanskrit verse and a {'temple' if settings['temple'] else 'devotional'} "
                f"setting; raga {raga} suits its {first_time}"
            ),
        )
    if settings["space"]:
        return "ambient", None, "the night sky and space: slow pads with room to breathe"
    if mood == "epic":
        return "epic", None, "an epic mood: brass, choir and drums"
    if mood in ("tense", "mysterious"):
        return "cinematic", None, f"a {mood} mood: minor-key strings and horn with timpani"
    if board.language in INDIC:
        if mood == "joyful":
            return "bollywood", None, f"a joyful film in {board.language}: strings and flute over keherwa"
        return (
            "indian_classical",
            raga,
            f"a {mood} film in {board.language}: raga {raga} for its {first_time}",
        )
    if settings["podcast_studio"] or settings["office"] or settings["classroom"]:
        return "minimalist", None, "a talk in a studio, office or classroom: an unobtrusive piano ostinato"
    if sum(settings[s] for s in NATURE) * 2 >= len(board.scenes) and mood in ("calm", "melancholic"):
        return "nature_ambient", None, "calm scenes in nature: an airy pad under the sounds of the place"
    if mood == "joyful":
        return "pop", None, "a joyful mood: bright pop"
    if mood == "melancholic":
        return "classical", None, "a melancholic mood: strings in 3/4"
    return "cinematic", None, "no strong cue in the script: a gentle cinematic score"
