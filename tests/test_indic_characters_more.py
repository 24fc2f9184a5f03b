"""Characters of Tamil, Hindi and Bengali prose and verse found by the grammar around them: a role noun
in its case forms, a first-person teller of verse, a name no list knows, and interrogatives, generic
people and verbs that are nobody. Every sentence here is invented."""

from __future__ import annotations

from filmstudio.script import parse_script


def _names(text: str, filename: str) -> list[str]:
    return [c.name for c in parse_script(text, filename=filename).characters if c.id != "narrator"]


def _gender(text: str, filename: str, name: str) -> str:
    return next(c.gender for c in parse_script(text, filename=filename).characters if c.name == name)


# --- 1. a role noun in its case forms is one character, cast under the nominative -------------------------


def test_tamil_potter_in_case_forms_is_cast_under_the_nominative() -> None:
    text = (
        "காலையில் குயவன் சந்தைக்குச் சென்றான்.\nகுயவனுக்கு பசி எடுத்தது.\nகுயவனின் மனைவி சோறு கொடுத்தாள்.\nகுயவனை ஊர் மக்கள் பாராட்டினார்கள்."
    )
    names = _names(text, "kuyavan.ta.txt")
    assert "குயவன்" in names
    assert not any(n.startswith("குயவனு") or n in ("குயவனை", "குயவனின்") for n in names)
    assert _gender(text, "kuyavan.ta.txt", "குயவன்") == "male"


def test_tamil_commander_met_in_the_locative_and_accusative() -> None:
    text = "மன்னன் அரண்மனையில் அமர்ந்தான். மன்னனுக்கு ஒரு கடிதம் வந்தது. மன்னனிடம் தளபதி பேசினான். தளபதியை மன்னன் பார்த்தான்."
    assert {"மன்னன்", "தளபதி"} <= set(_names(text, "kadidham.ta.txt"))


# --- 2. a first-person teller of verse ----------------------------------------------------------------------


def test_tamil_verse_teller_with_emphatic_verbs() -> None:
    verse = "நான் கண்டேனே நிலவை\nநான் சென்றேனடி காட்டுக்கு\nஎன் நெஞ்சம் பாடும்\nநான் அழுதேனே தனியே"
    assert "நான்" in _names(verse, "nilavu.ta.txt")


def test_bengali_verse_teller_whose_verb_does_not_end_the_line() -> None:
    verse = "আমি যাই নদীর পারে\nআমার প্রাণ কাঁদে\nআমি দেখিলাম চাঁদ আকাশে\nআমি একা বসি"
    assert "আমি" in _names(verse, "nodi.bn.txt")


def test_bengali_verse_teller_in_the_past() -> None:
    verse = "আমি নদীর ধারে গেলাম\nআমার মন উদাস\nআমি গান গাই\nআমি ফিরে এলাম ঘরে"
    assert "আমি" in _names(verse, "ghore.bn.txt")


# --- 3. a name no list knows, from the grammar around it; a verb is none ----------------------------------


def test_tamil_name_as_the_subject_of_persons_verbs() -> None:
    text = (
        "வேலன் காட்டுக்குப் போனான். வேலன் ஒரு மரத்தைப் பார்த்தான். அவன் மகிழ்ந்தான். வேலன் பாடினான். "
        "பழம் பறித்தான். பழம் தின்றான். ஓடி வந்தான். ஓடி மறைந்தான்."  # objects and participles: no one
    )
    assert _names(text, "velan.ta.txt") == ["வேலன்"]
    assert _gender(text, "velan.ta.txt", "வேலன்") == "male"


def test_tamil_verb_before_a_quotative_is_no_name() -> None:
    text = "ரகு சொன்னான் என்று அம்மா நினைத்தாள். ரகு என்று அவள் அழைத்தாள். ரகு ஓடினான்."
    names = _names(text, "ragu.ta.txt")
    assert "சொன்னான்" not in names
    assert "ரகு" in names


def test_hindi_child_spoken_of_in_general_is_not_cast() -> None:
    text = "गाँव में हर बच्चा स्कूल जाता है। बच्चे को दूध चाहिए। सुनीता ने खिड़की खोली। सुनीता ने बाहर देखा। बारिश आ गई।"
    names = _names(text, "gaon.hi.txt")
    assert "बच्चा" not in names
    assert "सुनीता" in names
    acting = "गाँव में हर बच्चा स्कूल जाता है। एक दिन बच्चा रास्ते में रुक गया। बच्चा रोने लगा।"
    assert "बच्चा" in _names(acting, "raasta.hi.txt")  # the same child, once it acts


# --- 4. interrogatives and indefinites with case endings are never names ----------------------------------


def test_tamil_indefinites_are_no_names() -> None:
    text = (
        "எவனோ சொன்னான். எவனோ சொன்னான். எவளோ சிரித்தாள். எவளோ சிரித்தாள். யாரோ சொன்னார்கள். யாரோ சொன்னார்கள். எங்கிருந்தோ வந்தான். எங்கிருந்தோ சொன்னான்."
    )
    assert _names(text, "yaro.ta.txt") == []


def test_hindi_indefinite_with_its_agent_is_no_name() -> None:
    text = "जिन्होंने कहा वे चले गए। जिन्होंने कहा वे हँसे। किसीने कहा। किसीने कहा।"
    assert _names(text, "koi.hi.txt") == []


def test_bengali_where_from_is_no_group() -> None:
    text = "কোথাকার লোক বলল। কোথাকার লোক বলল।"
    assert not any("কোথা" in n for n in _names(text, "kotha.bn.txt"))
