"""How many a group of the cast is: "There were three little pigs", "the seven kids" — the number the
story gives the group (where it is first counted) is how many of it every shot of the group draws, in the
sentences that count it again and in those that do not ("The pigs built houses")."""

from __future__ import annotations

from filmstudio.script.counts import counted_groups
from filmstudio.script.people import name_tokens
from filmstudio.script.staging_words import words_of
from filmstudio.storyboard import Character, Storyboard


def count_cast_groups(board: Storyboard) -> None:
    """Give each moment's crowd of a cast group (script/staging.py's _cast_crowds) the group's number."""
    groups = [c for c in board.characters if c.crowd is not None]
    if not groups:
        return
    counts = _story_counts(board, groups)
    for scene in board.scenes:
        for moment in scene.moments:
            for extra in moment.extras:
                if extra.count is not None:
                    continue
                group = next((g for g in groups if _is_group(extra.kind, extra.animal, extra.words, g)), None)
                if group is not None and group.id in counts:
                    extra.count = counts[group.id]


def _story_counts(board: Storyboard, groups: list[Character]) -> dict[str, int]:
    """The first number the story's sentences give each group: "three little pigs" for the Pigs."""
    language = board.language
    group_words = words_of(language).groups
    counts: dict[str, int] = {}
    for scene in board.scenes:
        for moment in scene.moments:
            for counted in counted_groups(moment.text, language, group_words):
                if counted.count is None or counted.count < 2:
                    continue
                for group in groups:
                    if group.id not in counts and _is_group(counted.kind, counted.animal, [counted.word], group):
                        counts[group.id] = counted.count
    return counts


def _is_group(kind: str, animal: str | None, words: list[str], group: Character) -> bool:
    """Whether a crowd (its kind, animal, words) is the group: its animal, or people called by its name."""
    if group.animal is not None:
        return animal == group.animal
    if kind != group.crowd:
        return False
    names = set(name_tokens(group.name))
    return any(set(name_tokens(w)) & names for w in words)
