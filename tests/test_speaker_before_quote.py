"""The one who says a quote, named in the narration that leads into it: the subject of the clause that
holds the last verb of saying, not the first being the sentence names."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script


def speakers(text: str, language: str) -> list[str]:
    board = parse_script(text, language=language)
    return [ln.character_id for s in board.scenes for ln in s.lines if ln.character_id != "narrator"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            # the subject of an earlier clause is not the one who speaks; nor is a verb of saying that is
            # no saying ("was told")
            'A goose and a hare lived by the marsh. The hare waited, as she was told to, and the goose flew off to the heron in the reeds, and spoke to him, "Come and see the hare." The heron came at once; and once they reached the hare, the goose said, "Here she is."',
            "en",
            ["goose", "goose"],
        ),
        (
            'The boy and the old dog walked to the well. When they got to the well, the boy said, "Drink."',
            "en",
            ["boy"],
        ),
        (
            "La gallina y el gato vivían en la granja. Cuando llegaron al río, el gato dijo: «Tengo sed».",
            "es",
            ["gato"],
        ),
    ],
)
def test_the_speaker_is_the_subject_of_the_clause_that_says(text: str, language: str, expected: list[str]) -> None:
    assert speakers(text, language) == expected
