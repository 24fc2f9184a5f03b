"""Closed-class words (pronouns, postpositions, auxiliaries, participles of manner) are never cast: a
script without capitals gives no other sign that a word is no name, and verse capitalises every line."""

from filmstudio.script.closed_words import closed_name, closed_words
from filmstudio.script.parse import parse_script


def _cast(text: str, filename: str) -> list[str]:
    return [c.name for c in parse_script(text, filename=filename).characters if c.style != "narrator"]


def test_a_participle_before_a_verb_of_saying_is_no_speaker_the_name_before_it_is() -> None:
    text = (
        "सीता आँगन में बैठी थी। रामू आया और बोला – आज बहुत ठंड है।\n\n"
        "सीता हँसती हुई बोली – आग जला लो।\n\n"
        "रामू चुप रहा। सीता फिर मुस्कुराती हुई बोली – लकड़ी ले आओ।\n\n"
        "रामू लकड़ी ले आया। सीता गाती हुई बोली – अब ठीक है।\n"
    )
    cast = _cast(text, "aangan.hi.txt")
    assert "हुई" not in cast
    assert "सीता" in cast


def test_a_word_of_grammar_in_a_script_without_capitals_is_no_name() -> None:
    for word in ("से", "है", "हुई", "भी"):
        assert closed_name(word, f"वह {word} आया", "hi")
    assert not closed_name("रामू", "रामू आया", "hi")


def test_a_capital_only_where_lines_and_sentences_open_is_typography() -> None:
    verse = "The Heron and the Badger\nWere wandering by the bay;\nWere they content? They were.\n"
    assert closed_name("Were", verse, "en")
    # written with its capital inside a sentence, the same word is someone's name
    prose = "Will walked in. “Bread?” asked Will.\n“There will be,” said his mother.\n"
    assert not closed_name("Will", prose, "en")


def test_words_for_people_are_never_closed() -> None:
    assert "man" not in closed_words("en")
    assert "мать" not in closed_words("ru")
    assert closed_words("xx") == frozenset()  # a language without a list closes nothing
