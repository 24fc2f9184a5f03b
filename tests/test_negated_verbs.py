"""A verb said not to happen is not acted ("Anna did not sit down"), in the languages that deny before the
verb and in German, which denies after it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from filmstudio.script.negation import negated

sys.path.insert(0, str(Path(__file__).parent))
from staging_checks import moments, staged  # noqa: E402


@pytest.mark.parametrize(
    ("text", "verb", "language", "denied"),
    [
        ("His tired fingers could not hold the cup, and it fell.", "hold", "en", True),
        ("His tired fingers could not hold the cup, and it fell.", "fell", "en", False),
        ("She couldn't sleep that night.", "sleep", "en", True),
        ("Nobody knew if he would sit or stand, and he sat.", "sat", "en", False),
        ("Er schlief nicht. Sie lachte.", "schlief", "de", True),
        ("Er schlief nicht. Sie lachte.", "lachte", "de", False),
        ("Il n'a pas dormi.", "dormi", "fr", True),
        ("No quiso comer nada.", "comer", "es", True),
    ],
)
def test_a_denied_verb_is_found_denied(text: str, verb: str, language: str, denied: bool) -> None:
    assert negated(text, text.rfind(verb), language) is denied


def test_a_denied_posture_is_not_acted() -> None:
    staged_moments = moments(staged("Anna did not sit down. Anna ran to the gate.", "en"))
    assert staged_moments[0].who == ["anna"] and staged_moments[0].verb != "sit"
    assert staged_moments[1].verb == "run"
