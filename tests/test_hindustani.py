"""Hindi heard as Urdu or in Latin letters is compared by the consonants the three spellings share
(`tests/hindustani.py`): a perfect transcript in another script is not counted as misheard."""

from __future__ import annotations

from tests.speech import cer

HINDI = "मेरी माँ रसोई में चावल पका रही हैं और मेरे पिता किताब पढ़ रहे हैं।"


def test_a_perfect_urdu_or_latin_transcript_of_hindi_scores_near_zero() -> None:
    urdu = "میری ماں رسوئی میں چاول پکا رہی ہیں اور میرے پتا کتاب پڑھ رہے ہیں۔"
    latin = "meri maa rasoi mein chawal paka rahi hain aur mere pita kitab padh rahe hain"
    assert cer(HINDI, urdu, "hi") == (0.0, True)
    assert cer(HINDI, latin, "hi")[0] <= 0.1  # ढ़ written "dh" in Latin letters, "rh" in Urdu


def test_a_misheard_word_still_counts() -> None:
    urdu = "میری ماں رسوئی میں چاول پکا رہی ہیں اور میرے پیدا کتاب پہر رہے ہیں"  # पिता as پیدا, पढ़ as پہر
    missed, romanised = cer(HINDI, urdu, "hi")
    assert romanised and 0.05 < missed < 0.2
    assert cer(HINDI, HINDI, "hi") == (0.0, False)
