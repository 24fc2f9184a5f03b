"""The teller who acts in a tale told in the first person in Japanese, Chinese, Hindi, Tamil or Bengali
("私は山へ行きました", "我从家里跑出来", "मैं बाज़ार गया", "நான் கடைக்குப் போனேன்", "আমি বাজারে গেলাম") is one of
its characters, named by the pronoun as the narration writes it (teller.py does the European languages).

Only the narration counts: an "I" in quoted speech (「」, “”, "") or on a line of dialogue that opens with
a dash is a speaker's. The "I" must be the subject (Japanese 私は/私が, Chinese 我 but not 我们 or 我的,
Hindi मैं/मैंने, Tamil நான், Bengali আমি) three times or more, in two sentences or more, twice of a verb:
a frame that only says "let me tell you a story" casts no one.

The gender is read only where the words mark it: Hindi's verb agrees with a subject without ने ("मैं
गया", "मैं उठी", "मैं जा रही थी"); Japanese's boyish 僕, 俺 and girlish あたし. Bengali and Tamil verbs
say the person, not the gender."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from filmstudio.script.acting import acts_here
from filmstudio.script.indic_verse import first_person_verb
from filmstudio.script.teller import add_teller
from filmstudio.storyboard import Character

LANGUAGES = frozenset({"ja", "zh", "hi", "ta", "bn"})
_TIMES, _SENTENCES, _ACTS = 3, 2, 2

_QUOTED = re.compile(r"「[^」]*」|『[^』]*』|“[^”]*”|‘[^’]*’|«[^»]*»|\"[^\"\n]*\"")
_DASH_LINE = re.compile(r"(?m)^[ \t]*[—–-].*$")
_SENTENCE_END = re.compile(r"[。！？!?।॥.\n]")
_CLAUSE_END = re.compile(r"[。！？!?।॥.,;:，、；：\n]")

# the pronoun of the first person singular as a subject: (pattern, what may not follow it)
_PRONOUNS = {
    "zh": re.compile(r"我(?![们們的])"),
    "hi": re.compile(r"(?<![\u0900-\u097f])(?:मैंने|मैं)(?![\u0900-\u097f])"),
    "ta": re.compile(r"(?<![\u0b80-\u0bff])நான்(?![\u0b80-\u0bff])"),
    "bn": re.compile(r"(?<![\u0980-\u09ff])আমি(?![\u0980-\u09ff])"),
}
_JA_PRONOUNS = {"私": "", "わたし": "", "わたくし": "", "僕": "male", "ぼく": "male", "俺": "male", "おれ": "male"}
_JA_PRONOUNS |= {"あたし": "female"}
_JA_SUBJECT = ("は", "が", "も")
_JA_BEING = frozenset({"居る", "いる", "有る", "ある", "成る", "なる"})
# first person verb endings of Tamil (-ஏன்: போனேன், பார்த்தேன்) and Bengali (গেলাম, দেখলুম, করছি, যাব)
_FIRST_PERSON_VERB = {
    "ta": ("ேன்",),
    "bn": ("লাম", "লুম", "ছি", "তাম", "বো", "ব"),
}
# Hindi: the words that end a clause's verb and agree with its subject, and what they tell
_HI_AUX = {"था": "male", "थी": "female", "थे": "", "हूँ": "", "हूं": "", "है": ""}


@dataclass(frozen=True)
class _Said:
    """The pronoun at one place of the narration, as acting.py reads a mention."""

    start: int
    end: int
    possessed: bool = False
    plural: bool = False


# speech left unquoted after a verb of saying and a colon, comma or dash ("राजा बोला, मैं कल जाऊँगा।",
# "他说：我不去。"): the rest of the sentence is the speaker's
_UNQUOTED_SPEECH = re.compile(
    r"(?:(?<![\u0900-\u097f])(?:कहा|बोला|बोली|बोले|पूछा|चिल्लाया|चिल्लाई)"
    r"|(?<![\u0980-\u09ff])(?:বলল|বললেন|বলিল|বলিলেন|জিজ্ঞেস করল)"
    r"|(?:(?<!听)说|问|(?<!知)道|喊|叫|曰))\s*[:：,，—–-]\s*([^।॥.!?。！？\n]*)"
)


def _narration(text: str) -> str:
    """The text with quoted speech, unquoted speech after a verb of saying and dash-led dialogue lines
    blanked (lengths kept)."""
    blank = _QUOTED.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    blank = _UNQUOTED_SPEECH.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + " " * len(m.group(1)), blank)
    return _DASH_LINE.sub(lambda m: " " * len(m.group(0)), blank)


def _subjects(told: str, language: str) -> list[tuple[_Said, str]]:
    """Each "I" of the narration as a subject, with the pronoun as written."""
    if language == "ja":
        from filmstudio.script.lemmas import japanese_words

        words = japanese_words(told)
        return [
            (_Said(a, b), surface)
            for i, (a, b, surface, _) in enumerate(words)
            if surface in _JA_PRONOUNS and i + 1 < len(words) and words[i + 1][2] in _JA_SUBJECT
        ]
    return [(_Said(m.start(), m.end()), m.group(0)) for m in _PRONOUNS[language].finditer(told)]


def _acts(told: str, said: _Said, language: str) -> bool:
    """Whether the "I" at `said` is the subject of a verb in its clause."""
    if language in _FIRST_PERSON_VERB:
        clause = _CLAUSE_END.split(told[said.end : said.end + 200])[0].split()  # the verb ends the clause
        return first_person_verb(clause, language)
    if language == "ja":  # a verb of any kind, as MeCab tags it, but being ("私は家にいました")
        from filmstudio.script.lemmas import japanese_tokens

        sentence = _SENTENCE_END.split(told[said.end : said.end + 200])[0]
        return any(pos == "動詞" and lemma not in _JA_BEING for _, _, _, lemma, pos in japanese_tokens(sentence))
    return acts_here(told, said, language)


def tells_and_acts(text: str, language: str) -> bool:
    """Whether the narration is told by an "I" who acts in it (three times, in two sentences, twice acting)."""
    if language not in LANGUAGES:
        return False
    told = _narration(text)
    subjects = _subjects(told, language)
    sentences = {len(_SENTENCE_END.findall(told[: said.start])) for said, _ in subjects}
    acting = sum(1 for said, _ in subjects if _acts(told, said, language))
    return len(subjects) >= _TIMES and len(sentences) >= _SENTENCES and acting >= _ACTS


def teller_gender(text: str, language: str) -> tuple[str, list[str]]:
    """The teller's gender where the words mark it, and those words; "neutral" and none otherwise."""
    told = _narration(text)
    marks: list[tuple[str, str]] = []
    if language == "hi":
        for said, pronoun in _subjects(told, language):
            if pronoun == "मैं":  # with ने the verb agrees with its object
                marks += _hindi_agreement(told[said.end : said.end + 200])
    elif language == "ja":
        marks = [(_JA_PRONOUNS[p], p) for _, p in _subjects(told, language) if _JA_PRONOUNS[p]]
    females = [w for g, w in marks if g == "female"]
    males = [w for g, w in marks if g == "male"]
    if len(females) > len(males):
        return "female", females
    if len(males) > len(females):
        return "male", males
    return "neutral", []


def _hindi_agreement(after: str) -> list[tuple[str, str]]:
    """(gender, words) the verb at the end of a Hindi clause tells of its subject: "गया", "उठी", "जा रही
    थी"; a present "हूँ" looks to the word before it ("जाता हूँ")."""
    clause = re.split(r"[।॥.!?,;:\n]|\sऔर\s|\sलेकिन\s|\sपर\s", after)[0].split()
    if len(clause) < 2:
        return []
    last = clause[-1]
    if last in _HI_AUX:
        if _HI_AUX[last]:
            return [(_HI_AUX[last], f"मैं … {last}")]
        last = clause[-2]
    if last.endswith(("ी", "ई")):
        return [("female", f"मैं … {last}")]
    if last.endswith(("ा", "या")):
        return [("male", f"मैं … {last}")]
    return []


def cast_asian_teller(
    characters: dict[str, Character], language: str, text: str, character_id: Callable[[str], str]
) -> None:
    """Casts the teller who acts in a tale told in the first person, named by the pronoun."""
    if not tells_and_acts(text, language):
        return
    name = _subjects(_narration(text), language)[0][1]
    if language == "hi":
        name = "मैं"
    cid = character_id(name)
    if cid in characters or cid == "narrator":
        return
    add_teller(characters, cid, name, *teller_gender(text, language), language)
