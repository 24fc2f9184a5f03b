"""Apertium's pairs, direct and through a pivot language, chosen automatically; a pair it cannot reach
names the routes that exist and the language model that would."""

from __future__ import annotations

import pytest

from filmstudio.engines.translate.apertium import ApertiumEngine
from filmstudio.errors import UnsupportedLanguage


def test_pivot_routes_are_found_and_used() -> None:
    engine = ApertiumEngine()
    names = engine._route_names()
    assert {"en→es", "en→es→fr", "en→es→pt", "en→es→it"} <= set(names)
    assert ("en", "fr") in engine.pairs() and engine.routes()[("en", "fr")] == ["eng-spa", "es-fr"]
    french, portuguese, italian = (
        engine.translate(["The sea is quiet tonight."], source="en", target=t)[0] for t in ("fr", "pt", "it")
    )
    assert "mer" in french and "mar" in portuguese and "mare" in italian


def test_an_unreachable_pair_names_what_exists() -> None:
    with pytest.raises(UnsupportedLanguage) as caught:
        ApertiumEngine().translate(["Hello"], source="en", target="hi")
    assert "en→es→fr" in caught.value.message and "FILMSTUDIO_LLM_ENGINE" in caught.value.message
    assert "en→es→pt" in caught.value.details["available"]


def test_texts_without_a_full_stop_are_translated_each_on_its_own() -> None:
    """One newline between texts let Apertium read "bench / cat / candle / sea" as one sentence and hand
    the words back reordered across lines ("Mar", "de", "vela", "de gato de banco")."""
    out = ApertiumEngine().translate(["bench", "cat", "candle", "sea"], source="en", target="es")
    assert [word.lower() for word in out] == ["banco", "gato", "vela", "mar"]
    assert ApertiumEngine().translate(["Hello", "", "my friend"], source="en", target="es") == [
        "Hola",
        "",
        "Mi amigo",
    ]
