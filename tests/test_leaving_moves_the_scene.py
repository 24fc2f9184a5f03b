"""The place follows the people when they leave it without naming a place noun to go to: travelling with no
end named ("roamed abroad for years", "journeyed north", "reiste durch die ganze Welt", "voyagea de par
le monde", "viajó por todo el mundo") puts them on the road, and leaving a place whose verb stands before
its subject ("Dann verließ Greta das Haus") takes them out of it, not into it. Each move cuts the scene
there, and the sentences after it stay where it went. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.staging_checks import staged


def _places(text: str, language: str) -> list[str]:
    """The setting each sentence is staged in, in story order."""
    return [scene.setting for scene in staged(text, language).scenes for _ in scene.moments]


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        (
            "en",
            "Greta the weaver lived in a mill. One spring Greta travelled abroad selling her cloth. "
            "She met many people.",
            ["mill", "road", "road"],
        ),
        ("en", "Tom sat in the cave all night. In the morning Tom journeyed north. He sang.", ["cave", "road", "road"]),
        (
            "en",
            "Nell swept the kitchen. Then Nell wandered far and wide with her dog. She saw many hills.",
            ["kitchen", "road", "road"],
        ),
        (
            "de",
            "Karl wohnte in einem Schloss. Dann reiste Karl durch die ganze Welt. Er sah viele Städte.",
            ["palace", "road", "road"],
        ),
        (
            "fr",
            "Le prince Paul habitait un château. Un jour Paul voyagea de par le monde. Il vit beaucoup de villes.",
            ["palace", "road", "road"],
        ),
        (
            "es",
            "El príncipe Pablo vivía en un palacio. Un día Pablo viajó por todo el mundo. Vio muchas ciudades.",
            ["palace", "road", "road"],
        ),
    ],
)
def test_travelling_with_no_end_named_puts_the_scene_on_the_road(language: str, text: str, places: list[str]) -> None:
    assert _places(text, language) == places


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        (
            "de",
            "Greta backte Brot in der Küche. Dann verließ Greta das Haus. Sie sah den Himmel an.",
            ["kitchen", "garden", "garden"],
        ),
        (
            "de",
            "Die Kinder Max und Moritz spielten in der Küche. Dann verließen Max und Moritz das Haus. Sie lachten.",
            ["kitchen", "garden", "garden"],
        ),
    ],
)
def test_a_place_left_after_an_inverted_subject_is_left_not_entered(
    language: str, text: str, places: list[str]
) -> None:
    assert _places(text, language) == places
