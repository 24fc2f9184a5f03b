"""The analysis scored against a corpus of 34 short scripts nobody tuned a keyword list to: prose,
dialogue and Fountain, in English and 11 other languages, with the settings, things, people, genders
and ages a reader expects written beside them (tests/corpus/expected.json). `python -m
tests.corpus_score` prints the table per language and every miss."""

from __future__ import annotations

import json

import pytest

from filmstudio.script import parse_script
from tests.corpus_score import CORPUS, MEASURES, score_corpus

THRESHOLD = 0.9


@pytest.fixture(scope="module")
def scores():  # type: ignore[no-untyped-def]
    return score_corpus()


def test_the_corpus_is_broad() -> None:
    names = list(json.loads((CORPUS / "expected.json").read_text(encoding="utf-8")))
    languages = {n.split(".")[1] for n in names}
    assert len(names) >= 30 and len(languages - {"en"}) >= 8
    assert len([n for n in names if ".en." not in n]) >= 8
    assert {n.rsplit(".", 1)[1] for n in names} == {"txt", "fountain"}


@pytest.mark.parametrize("measure", MEASURES)
def test_each_measure_is_at_least_90_percent(scores, measure: str) -> None:  # type: ignore[no-untyped-def]
    overall, _, misses = scores
    assert overall.score(measure) >= THRESHOLD, "\n".join(misses)


def test_the_same_story_in_three_languages_reads_the_same() -> None:
    boards = {
        lang: parse_script((CORPUS / f"meera_dog.{lang}.txt").read_text(encoding="utf-8"), filename="story.txt")
        for lang in ("en", "es", "hi")
    }
    assert {lang: b.language for lang, b in boards.items()} == {"en": "en", "es": "es", "hi": "hi"}
    readings = {lang: [(s.setting, sorted(t.key for t in s.things)) for s in b.scenes] for lang, b in boards.items()}
    assert readings["en"] == readings["es"] == readings["hi"]
    girls = {lang: next(c for c in b.characters if c.id != "narrator") for lang, b in boards.items()}
    assert {(g.gender, g.age) for g in girls.values()} == {("female", "child")}


def test_evidence_is_kept_in_the_storyboard() -> None:
    board = parse_script((CORPUS / "lighthouse_storm.en.fountain").read_text(encoding="utf-8"), filename="x.fountain")
    harold = next(c for c in board.characters if c.id == "harold")
    assert harold.age_words == ["(70s)"] and "retired" not in harold.gender_words
    ellie = next(c for c in board.characters if c.id == "ellie")
    assert ellie.gender_words == ["granddaughter"] and ellie.age_words == ["(10)"]
    coast = board.scenes[0]
    assert coast.setting_words and {t.key for t in coast.things} >= {"water_wave", "rock"}
    assert all(t.words for t in coast.things)


def test_a_place_named_as_elsewhere_is_not_the_setting() -> None:
    from filmstudio.script.scenes import describe_scene

    assert describe_scene("The street outside the bakery, a little later", "").setting == "city"
    assert describe_scene("", "They waited in front of the hospital, in the little park.").setting == "park"
    assert describe_scene("", "La gente espera fuera de la panadería, en la calle.").setting != "kitchen"
