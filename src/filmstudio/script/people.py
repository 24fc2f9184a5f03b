"""Who a character is, from the script's own evidence: gender from titles, nouns and pronouns ("MR.",
"his", "granddaughter", "the men"), age from stated years ("(10)", ", 45,", "AGE 3", "ten-year-old",
"in her seventies") and words ("retired", "boy", "teen"), in the cue, its parentheticals, and the
action around the name; first names last. The words that decided are kept for the storyboard."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from filmstudio.script.age_numbers import spelled_years, years_in_phrase
from filmstudio.script.agreement import agreement_gender
from filmstudio.script.attached import acted_on_spans, another_acts_on, attached_lead
from filmstudio.script.lexicon import Lexicon, script_of
from filmstudio.script.pronoun_reach import animals_named, object_her, of_the_names_gender, possessives_that_agree
from filmstudio.script.roles import DECADES, HONORIFICS, PRONOUNS, YEARS_WORDS, role_words
from filmstudio.script.stated_age import beside_someone, copula_predicate, described_nouns, round_years, white_haired
from filmstudio.script.stated_gender import name_gender
from filmstudio.script.time_words import is_time_word
from filmstudio.script.verbs import is_verb, verb_words

if TYPE_CHECKING:
    from filmstudio.script.mentions import Mention

_FEMALE_NAMES = {
    "maya",
    "priya",
    "anna",
    "maria",
    "sara",
    "sarah",
    "emma",
    "olivia",
    "sophia",
    "ava",
    "mia",
    "lily",
    "asha",
    "lakshmi",
    "sita",
    "radha",
    "meera",
    "anjali",
    "kavya",
    "diya",
    "aisha",
    "fatima",
    "elena",
    "lucia",
    "lucía",
    "julia",
    "nina",
    "zoe",
    "grace",
    "rose",
    "alice",
    "claire",
    "leila",
    "yuki",
    "mei",
    "ling",
    "sunita",
    "geeta",
    "parvati",
    "durga",
    "uma",
    "ananya",
    "isha",
    "neha",
    "pooja",
    "riya",
    "tara",
    "elsa",
    "hannah",
    "jane",
    "kate",
    "linda",
    "mary",
    "nora",
    "ruth",
    "susan",
    "amara",
    "jenny",
    "carmen",
    "sofía",
    "sofia",
    "marie",
    "camille",
    "léa",
    "chloé",
    "greta",
    "heidi",
    "ingrid",
    "valentina",
    "ana",
    "rosa",
    "isabel",
    "meena",
    "kamala",
    "selvi",
    "sakura",
    "hana",
    "xiaomei",
    "li",
    "fang",
}
_MALE_NAMES = {
    "ravi",
    "arjun",
    "rahul",
    "amit",
    "raj",
    "vikram",
    "krishna",
    "rama",
    "ram",
    "shiva",
    "ganesh",
    "john",
    "james",
    "david",
    "michael",
    "tom",
    "jack",
    "leo",
    "sam",
    "ben",
    "omar",
    "ali",
    "ahmed",
    "carlos",
    "juan",
    "luca",
    "marco",
    "hans",
    "ivan",
    "kenji",
    "hiro",
    "wei",
    "chen",
    "joe",
    "bob",
    "peter",
    "paul",
    "mark",
    "george",
    "henry",
    "arthur",
    "elias",
    "noah",
    "liam",
    "ethan",
    "adam",
    "aryan",
    "rohan",
    "kabir",
    "dev",
    "manu",
    "gopal",
    "hari",
    "mohan",
    "suresh",
    "vijay",
    "tomás",
    "tomas",
    "pedro",
    "miguel",
    "diego",
    "pablo",
    "pierre",
    "jean",
    "louis",
    "lukas",
    "felix",
    "karl",
    "murugan",
    "kumar",
    "raju",
    "taro",
    "haruto",
    "ming",
    "jun",
    "frank",
    "harry",
    "walter",
    "ray",
}

# a number in digits or words, tens and units apart or joined: "8", "eleven", "sixty-five", "seventy two"
_NUMBER = r"(\d{1,3}|[a-zà-ÿß]+(?:[\s-](?:y |et |and )?[a-zà-ÿß]+)?)"
_STATED_AGE = [
    re.compile(r"^\s*\(\s*" + _NUMBER + r"\s*s?\s*\)", re.I),  # MAYA (8), TESSA (eleven)
    re.compile(r"^\s*,\s*" + _NUMBER + r"\s*s?\s*[,.;)]", re.I),  # RAVI, 45,  ELSA, seventy-two,
    re.compile(r"^\s*[,(]?\s*(?:age|aged)\s*" + _NUMBER + r"(?!\w)", re.I),  # LEO, AGE 3; Nina, aged six
]
_YEARS = "|".join(re.escape(w) for w in sorted(YEARS_WORDS, key=len, reverse=True))
# "a sixty-five-year-old widow": the tens and the units before the word for years, not the units alone
_AGE_PHRASE = re.compile(
    r"((?:[a-zà-ÿß]+[\s-]+(?:(?:y|et|and)\s+)?)?(?:\d{1,3}|[a-zà-ÿß]+))[\s'’-]*(?:" + _YEARS + r")\b", re.I
)
_AGED = re.compile(r"\baged\s+" + _NUMBER + r"(?!\w)", re.I)  # "a boy aged seven"
_AGE_BEFORE = re.compile(r"(\d{1,3})\s*(?:" + _YEARS + r")")  # 8 años, 8 साल, 8歳
_DECADE = re.compile(r"\b(?:in\s+(?:his|her|their)\s+(?:early\s+|late\s+|mid-)?)?(" + "|".join(DECADES) + r")\b", re.I)


@dataclass
class Traits:
    gender: str = "neutral"
    age: str = "young_adult"
    gender_words: list[str] = field(default_factory=list)
    age_words: list[str] = field(default_factory=list)

    @property
    def gender_evidence(self) -> str:
        return ", ".join(self.gender_words) or "no evidence"

    @property
    def age_evidence(self) -> str:
        return ", ".join(self.age_words) or "no evidence"


def age_from_years(years: int) -> str:
    if years < 13:
        return "child"
    if years < 36:
        return "young_adult"
    if years < 60:
        return "middle_aged"
    return "elderly"


# age words that are adjectives, written in lower case even in German ("ein alter Mann")
_ADJECTIVES = {"alte", "alter", "alten", "altes", "old", "young", "little", "elderly", "retired"}


@lru_cache(maxsize=32)
def _role_lexicon(language: str) -> Lexicon:
    table = role_words(language)
    return Lexicon(
        language,
        {word: {word} for word in table},
        nouns_capitalised=language == "de",
        lowercase_ok=PRONOUNS | {w for w in table if len(w) <= 3} | _ADJECTIVES,
    )


def _roles(text: str, language: str) -> list[tuple[str, str, str]]:
    """(word as written, gender, age) for each role word in the text, in order."""
    return [(w, g, a) for w, g, a, _ in _roles_at(text, language)]


def _roles_at(text: str, language: str) -> list[tuple[str, str, str, int]]:
    """(word as written, gender, age, where first found) for each role word in the text, in order."""
    found = []
    table = role_words(language)
    for match in _role_lexicon(language).find(text):
        gender, age = table[match.key]
        for word in match.words:
            if not word.endswith(("'s", "’s")):  # "Mom's trailer": someone else's mother
                found.append((match.position, word, gender, age))
    return [(w, g, a, at) for at, w, g, a in sorted(found)]


def _compound_roles(name: str, language: str) -> list[tuple[str, str, str]]:
    from filmstudio.script.mentions import compound_traits

    words = re.findall(r"[\w\u0300-\u036f'’-]+", name)
    return [(w, *traits) for w in words if (traits := compound_traits(w, language)) is not None]


def name_tokens(name: str) -> list[str]:
    """The words of a name, in any script (Indic vowel signs are part of their word)."""
    return re.findall(r"[\w\u0300-\u036f\u0900-\u0DFF'’]+", name.lower())


def _decide(traits: Traits, roles: list[tuple[str, str, str]], *, age: bool = True) -> None:
    """Take gender (by majority) and age (an elderly or child word before an adult one) from role
    words, where nothing more trusted has decided them yet."""
    if not traits.gender_words:
        votes = Counter(g for _, g, _ in roles if g)
        if votes and (len(votes) == 1 or votes.most_common(2)[0][1] > votes.most_common(2)[1][1]):
            traits.gender = votes.most_common(1)[0][0]
            traits.gender_words = [w for w, g, _ in roles if g == traits.gender][:4]
    if age and not traits.age_words:
        ages = [(w, a) for w, _, a in roles if a]
        marked = [(w, a) for w, a in ages if a in ("elderly", "child")] or ages
        if marked:
            word, found = marked[0]
            traits.age, traits.age_words = found, [word]


def _cyrillic(word: str) -> bool:
    return bool(re.fullmatch(r"[\u0400-\u04ff-]+", word))


def _years(text: str) -> tuple[int, str] | None:
    for pattern in (_AGE_PHRASE, _AGE_BEFORE, _AGED):
        for match in pattern.finditer(text):
            years = years_in_phrase(match.group(1)) if pattern is _AGE_PHRASE else spelled_years(match.group(1))
            if years is not None and 0 < years < 120:
                return years, match.group(0).strip()
    decade = _DECADE.search(text)
    if decade:
        return DECADES[decade.group(1).lower()], decade.group(0).strip()
    return None


def infer_traits(name: str, *, parentheticals: list[str], context: str, language: str = "en") -> Traits:
    """Evidence in order of trust. Age: a number stated beside the name ("(8)", ", 45,", "AGE 3"), years
    or decades described ("ten-year-old", "in her seventies"), then role words (cue, parentheticals,
    description). Gender: the cue's words and titles, parentheticals, the description around the name,
    pronouns after it, verb agreement (Hindi, Marathi), then first names."""
    traits = Traits()
    words = name_tokens(name)
    # the name as written: German's nouns are known by their capital (das Kind, a child; kind, kind)
    # and its hyphens: "Belle-mère" is a stepmother, not a mother beside a beauty
    cue_roles = _roles(" ".join(re.findall(r"[\w\u0300-\u036f\u0900-\u0DFF'’-]+", name)), language)
    if not cue_roles:  # "Прадедушка", "Belle-mère", "Bisabuela": a compound is what its head is
        cue_roles = _compound_roles(name, language)
    own_age = [r for r in cue_roles if r[2]]  # "Mother", "the old woman": what the name itself is
    cue_roles += [(w, "female", "middle_aged") for w in words if w in ("mrs", "ms", "madam")]
    cue_roles += [(w, "female", "young_adult") for w in words if w == "miss"]
    cue_roles += [(w, "male", "middle_aged") for w in words if w in ("mr", "sir")]
    cue_roles += [(w, "", "middle_aged") for w in words if w in ("dr", "prof")]
    found = mentions_of(name, context, language)
    mentions = [after for _, after in found]
    described = [_description(before, after, language) for before, after in found]
    for note in parentheticals:  # "MAYA (8): ...", in any digits (Devanagari ८, Arabic-Indic ٨)
        stated = re.fullmatch(r"\s*" + _NUMBER + r"\s*", note, re.I)  # (8), (eleven), (seventy-two)
        lived = spelled_years(stated.group(1)) if stated else None
        if lived is not None and not traits.age_words and 0 < lived < 120:
            traits.age, traits.age_words = age_from_years(lived), [f"({stated.group(1) if stated else lived})"]
    for after in mentions:
        for pattern in _STATED_AGE:
            match = pattern.match(after)
            lived = spelled_years(match.group(1)) if match else None
            if lived is not None and match and not traits.age_words and 0 < lived < 120:
                traits.age, traits.age_words = age_from_years(lived), [match.group(0).strip(" ,")]
    for text in described:
        years = (_years(text) or round_years(text, language)) if not traits.age_words else None
        if years:
            traits.age, traits.age_words = age_from_years(years[0]), [years[1]]
    for after in mentions:  # "Ana tenía siete años", "Marie avait sept ans", "Mira was seven."
        years = _stated_years(after, language) if not traits.age_words else None
        if years:
            traits.age, traits.age_words = age_from_years(years[0]), [years[1]]
    described_roles = [r for text in described for r in _roles(text, language) if r[0].lower() not in PRONOUNS]
    # "un viejito", "старушка", "a man with a white beard": what the role table does not hold
    described_roles += [r for text in described for r in described_nouns(text, language)]
    described_roles += [(grey, "", "elderly") for text in described if (grey := white_haired(text, language))]
    paren_roles = _roles(" ".join(parentheticals), language)
    _decide(traits, cue_roles, age=False)
    _decide(traits, paren_roles, age=False)
    _decide(traits, described_roles, age=False)
    if not traits.age_words and own_age:  # the mother who says "my boy" is the boy's mother, not a child
        _decide(traits, own_age)
    if not traits.age_words:  # an elderly or child word anywhere beats a title's adult
        _decide(traits, [r for r in cue_roles + paren_roles + described_roles if r[2] in ("elderly", "child")])
        _decide(traits, cue_roles + paren_roles + described_roles)
    if language == "de" and len(words) == 1 and re.search(r"(?:lein|chen)$", words[0]) and not traits.gender_words:
        traits.gender, traits.gender_words = "neutral", [f"-{words[0][-4:]}"]  # das Geislein: a little one
        if not traits.age_words:
            traits.age, traits.age_words = "child", [f"-{words[0][-4:]}"]
    if not traits.gender_words and language in _ARTICLES_GENDER:
        # a noun's article tells its gender ("der Strohhalm", "le loup") better than a pronoun near it:
        # German's "sie" is also "they", and a pronoun may be anyone's
        _gender_by_article(traits, [before for before, _ in found], language)
    agreed = agreement_gender(found, language) if not traits.gender_words else None
    if agreed:  # "Никита пошёл", "Andrea era stanco": the grammar says it before any pronoun or name ending
        traits.gender, traits.gender_words = agreed
    pronouns = [
        r
        for before, after in found
        for r in _pronouns_for(after, words, language, another_acts=another_acts_on(before, language))
    ]
    pronouns = possessives_that_agree(pronouns, set(_SUBJECT_PRONOUNS.get(language, "").split("|")))
    pronouns = of_the_names_gender(pronouns, words, _FEMALE_NAMES, _MALE_NAMES)
    _decide(traits, pronouns, age=False)
    if not traits.gender_words and language == "hi":
        _decide(traits, [r for after in mentions for r in _hindi_agreement(after)], age=False)
    elif not traits.gender_words and script_of(language) == "devanagari":
        _decide(traits, [r for after in mentions for r in _verb_gender(_sentence_rest(after))], age=False)
    if not traits.gender_words and language in ("ru", "uk", "bg"):
        for word in words:  # surnames and patronymics say it: Чубуков, Васильевич / Степановна, Петрова
            if re.search(r"(?:овна|евна|ична|ова|ева|ина|ская)$", word):
                traits.gender, traits.gender_words = "female", [word]
            elif re.search(r"(?:ович|евич|ич|ов|ев|ин|ский)$", word):
                traits.gender, traits.gender_words = "male", [word]
        if not traits.gender_words and len(words) == 1 and len(words[0]) > 2 and _cyrillic(words[0]):  # Маша / Иван
            traits.gender = "female" if words[0].endswith(("а", "я")) else "male"
            traits.gender_words = [f"the name {words[0].title()}"]
    if not traits.gender_words and language == "ta":
        _decide(traits, [r for after in mentions for r in _tamil_agreement(after)], age=False)
    if not traits.age_words and language == "ja":
        young = next(filter(None, (_japanese_young_animal(after) for after in mentions)), None)
        if young:
            traits.age, traits.age_words = "child", [young]
    if not traits.gender_words and language == "ja" and len(words) == 1:
        # Japanese given names end as their gender does: 太郎, 新之助 / 花子, 春江
        if re.search(r"(?:郎|助|吉|蔵|衛門|兵衛|太|平|介|丸)$", words[0]):
            traits.gender, traits.gender_words = "male", [f"the name {words[0]}"]
        elif re.search(r"(?:子|美|江|代|恵|乃)$", words[0]) and len(words[0]) >= 2:
            traits.gender, traits.gender_words = "female", [f"the name {words[0]}"]
    if language == "zh" and not traits.age_words:  # "东村老农者，年七十", "他今年八岁"
        for after in mentions:
            stated = _CHINESE_AGE.search(re.split(r"[。！？]", after)[0])
            lived = _chinese_number(stated.group(1) or stated.group(2)) if stated else 0
            if stated and 0 < lived < 120:
                traits.age, traits.age_words = age_from_years(lived), [stated.group(0)]
                break
    if language == "zh" and len(name) >= 2 and name[-1] in _CHINESE_HEADS:
        # a Chinese epithet ends in what its bearer is: 河东老翁 is an old man, 西邻老妪 an old woman
        gender, age = _CHINESE_HEADS[name[-1]]
        if gender and not traits.gender_words:
            traits.gender, traits.gender_words = gender, [f"-{name[-1]}"]
        if age and not traits.age_words:
            traits.age, traits.age_words = age, [f"-{name[-1]}"]
    if not traits.gender_words:
        for word in words:
            if word in _FEMALE_NAMES or word in _MALE_NAMES:
                traits.gender = "female" if word in _FEMALE_NAMES else "male"
                traits.gender_words = [f"the name {word.title()}"]
                break
    if not traits.gender_words and language in _ARTICLES_GENDER:
        _gender_by_article(traits, [before for before, _ in found], language)
    if not traits.gender_words and language in ("es", "it", "pt") and len(words) == 1 and len(words[0]) > 3:
        # Spanish, Italian and Portuguese names end as their gender does: Frasquita, Rosaura / Segismundo
        ending = {"a": "female", "o": "male"}.get(words[0][-1])
        if ending:
            traits.gender, traits.gender_words = ending, [f"the name {words[0].title()}"]
    return traits


_CHINESE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CHINESE_NUMERAL = "[一二两三四五六七八九十百0-9]+"
# an age stated after a name: classical "年七十" / "年且九十" (years: nearly ninety), modern "八岁"
_CHINESE_AGE = re.compile(
    r"(?<![\u4e00-\u9fff])年(?:且|近|已|逾|方|约|过|将)?("
    + _CHINESE_NUMERAL
    + r")|("
    + _CHINESE_NUMERAL
    + r")(?:岁|歲)"
)


def _chinese_number(text: str) -> int:
    """七十 -> 70, 十二 -> 12, 九十 -> 90, 一百 -> 100, 8 -> 8; 0 for what it cannot read."""
    if text.isdigit():
        return int(text)
    total, digit = 0, 0
    for ch in text:
        if ch in _CHINESE_DIGITS:
            digit = _CHINESE_DIGITS[ch]
        elif ch == "十":
            total, digit = total + (digit or 1) * 10, 0
        elif ch == "百":
            total, digit = total + (digit or 1) * 100, 0
        else:
            return 0
    return total + digit


def _japanese_young_animal(after: str) -> str | None:
    """The young animal a Japanese sentence says someone is: "Xは、一人ぼっちの子狸で" (X is a lonely cub),
    "Xは小さな…" is not; the name's topic particle, then at most a short description and the copula."""
    from filmstudio.script.mentions import animal_words

    said = re.match(r"(?:さん|くん|ちゃん)?は、?[^。「」]{0,15}?((?:子|小|仔)(\w{1,3}?))(?:で|だ|です|でした)", after)
    if said and said.group(2) in animal_words("ja"):
        return said.group(1)
    return None


def _tamil_agreement(after: str) -> list[tuple[str, str, str]]:
    """The gender a Tamil finite verb gives the subject of its sentence: -ான் / -ன் is his, -ாள் / -ள்
    hers ("வேலன் ஊருக்குச் சென்றான்", "வள்ளி பாடினாள்"); -ார் (respect) and -து (a thing, an animal)
    tell none. Only a name as written alone (the subject's case) is the verb's subject."""
    if not after or not after[0].isspace():
        return []  # "வேலனுக்கு", "வள்ளியை": a case ending, not the subject
    sentence = re.split(r"[.!?।]", after, maxsplit=1)[0]
    words = re.findall(r"[\u0B80-\u0BFF]+", sentence)
    if not words or len(words) > 12:
        return []
    verb = words[-1]
    if verb.endswith("கள்") or len(verb) < 3:
        return []  # a plural noun (பழங்கள்), not a verb
    if verb.endswith("ன்"):
        return [(verb, "male", "")]
    if verb.endswith("ள்"):
        return [(verb, "female", "")]
    return []


# the last character of a Chinese epithet, and who it makes its bearer (classical and modern)
_CHINESE_HEADS = {
    "叟": ("male", "elderly"),
    "翁": ("male", "elderly"),
    "公": ("male", ""),
    "夫": ("male", ""),
    "父": ("male", ""),
    "兄": ("male", ""),
    "弟": ("male", ""),
    "王": ("male", ""),
    "媪": ("female", "elderly"),
    "妪": ("female", "elderly"),
    "婆": ("female", "elderly"),
    "妻": ("female", ""),
    "母": ("female", ""),
    "女": ("female", ""),
    "妇": ("female", ""),
    "姑": ("female", ""),
    "娘": ("female", ""),
}


# the article before a name or a noun that names someone: "la Lechera", "el Choto", "der Wolf"
_ARTICLES_GENDER = {
    "es": {"la": "female", "una": "female", "el": "male", "un": "male"},
    "it": {"la": "female", "una": "female", "il": "male", "lo": "male", "un": "male"},
    "pt": {"a": "female", "uma": "female", "o": "male", "um": "male"},
    "fr": {"la": "female", "une": "female", "le": "male", "un": "male"},
    "de": {"die": "female", "eine": "female", "der": "male", "ein": "male", "das": "neutral"},
}


def _gender_by_article(traits: Traits, befores: list[str], language: str) -> None:
    votes: Counter[str] = Counter()
    for before in befores:
        word = re.findall(r"[\w']+", before[-12:].lower())
        if word and word[-1] in _ARTICLES_GENDER[language]:
            votes[_ARTICLES_GENDER[language][word[-1]]] += 1
    if votes and (len(votes) == 1 or votes.most_common(2)[0][1] > votes.most_common(2)[1][1]):
        traits.gender = votes.most_common(1)[0][0]
        traits.gender_words = [f"its article ({traits.gender})"]


def speaker_gender_hindi(lines: list[str]) -> tuple[str, str] | None:
    """Hindi and Marathi speakers say their own gender: "मैं … लूंगी" (she), "मैं … जाता हूँ" (he)."""
    votes: Counter[str] = Counter()
    for line in lines:
        for m in re.finditer(r"(?<!\w)(मैं|मी)\s+([^।?!]*)", line):
            found = _hindi_agreement(m.group(2)) if m.group(1) == "मैं" else _verb_gender(m.group(2))
            votes.update(g for _, g, _ in found)
    if votes and (len(votes) == 1 or votes.most_common(2)[0][1] > votes.most_common(2)[1][1]):
        gender = votes.most_common(1)[0][0]
        return gender, "मैं … (own lines)"
    return None


# a comma and a word that opens another clause: what stands before them is that clause's
_CLAUSE_JOINED = {
    "en": "but|and|or|although|though|while|yet|so|when",
    "fr": "mais|et|ou|pourtant|quand|lorsque|bien que",
    "es": "pero|y|e|o|aunque|mientras|cuando",
    "it": "ma|e|ed|o|anche se|mentre|quando",
    "pt": "mas|e|ou|embora|enquanto|quando",
    "de": "aber|und|oder|doch|obwohl|während|als",
    "ru": "но|и|а|хотя|когда",
}

# words that open a clause set before the sentence's own ("Although …, Nora read")
_CLAUSE_OPENING = {
    "en": "although|though|while|when|as|because|if|since|after|before",
    "fr": "bien que|quoique|quand|lorsque|comme|parce que|si|pendant que",
    "es": "aunque|mientras|cuando|como|porque|si",
    "it": "anche se|benché|mentre|quando|poiché|perché|se",
    "pt": "embora|enquanto|quando|como|porque|se",
    "de": "obwohl|während|als|wenn|weil|da|nachdem",
    "ru": "хотя|когда|пока|потому что|если",
}


def _description(before: str, after: str, language: str = "en") -> str:
    """What stands right beside a name: the words just before it ('the retired detective HARRY', 'a girl
    named Meera') and an apposition after it ('MAYA (8), a curious girl, runs in')."""
    if re.match(r"^['’]s\b", after):
        return ""  # "the old King, the Prince's father": what stands beside a possessive is someone else
    lead = re.split(r"[.!?।。！？;:\n]", before)[-1]
    joined, opening = _CLAUSE_JOINED.get(language), _CLAUSE_OPENING.get(language)
    if joined:  # "lots of kids around, but Nora": another clause's people are not what the name is
        lead = re.split(rf",\s*(?:{joined})(?!\w)", lead, flags=re.I)[-1]
    if opening and "," in lead and re.match(rf"\s*(?:{opening})(?!\w)", lead, re.I):
        lead = lead.rsplit(",", 1)[1]  # "Although many kids were there, Nora": the clause before is theirs
    # "an old man's son": what stands before an owner is the owner's, not the one owned
    lead = _OWNED.split(lead)[-1]
    lead = attached_lead(" ".join(lead.split()[-4:]), language)  # "the old man waved to Lena": not hers
    tail = after[:80]
    if script_of(language) not in ("latin", "cyrillic"):
        # "मीरा नाम की एक लड़की", "小美的女孩", "さくらという少女": only a naming word joins what follows
        named = re.match(r"^\s*(?:नाम|नावा|என்ற|అనే|という|と言う|的)", tail)
        tail = re.split(r"[.!?।。！？,，、]", tail)[0] if named else ""
    else:  # "MAYA (8), a curious girl, runs in": the parenthesis and the apposition, not what follows
        tail = _PAIRED.sub("", tail, count=1)  # "ROB and TIM, ten-year-old twins,": the apposition is both's
        match = re.match(r"^\s*(\([^)]*\))?\s*((?:,[^,.;!?]*){0,2}[,.;]?)", tail)
        if match and match.group(2) and not _APPOSITION.match(match.group(2)):
            match = re.match(r"^\s*(\([^)]*\))?()", tail)
        tail = f"{match.group(1) or ''} {_appositions(match.group(2))}" if match else ""
    return f"{lead} {tail} {_predicate(after, language)}".rstrip()


# an owner's possessive ending: "man's", "boys'"
_OWNED = re.compile(r"\w(?:['’]s|s['’])(?=\s)")


def _appositions(chunks: str) -> str:
    """The apposition after a name, and a second only where it is one too (", 45, a tired nurse,"): not the
    clause that follows it (", a carpenter, sits with his 7 year-old son": the son's years are not his)."""
    if not chunks.startswith(","):
        return ""
    parts = re.findall(r",[^,.;!?]*", chunks)
    kept = parts[:1] + [p for p in parts[1:2] if _APPOSITION.match(p)]
    kept = [", " + _OWNED.split(p)[-1] for p in kept]  # ", the old baker's apprentice,": the baker is old
    return "".join(kept) + ("," if len(kept) < len(parts) or chunks.endswith((",", ".", ";")) else "")


def _predicate(after: str, language: str) -> str:
    """What a verb of being right after a name says someone is ("Pedro was very old", "Ana era una niña"):
    the words after the verb, to the end of its clause (at most four)."""
    from filmstudio.script.lemmas import lemma_of

    if language in ("hi", "mr", "ja", "zh"):  # "रामू एक बूढ़ा किसान था", "李四是个老汉"
        return copula_predicate(after, language)
    words = re.split(r"[.!?;:,\n]", after[:80])[0].split()
    while len(words) > 1 and words[0][:1].isupper() and len(words[0]) > 1 and words[0][1:].islower():
        words = words[1:]  # the rest of a full name: "Nell Harper was a little girl"
    if not words or not {words[0].lower(), lemma_of(words[0].lower(), language)} & _BEING.get(language, set()):
        return ""
    said = " ".join(words[1 : _years_end(words, 5)])
    return "" if beside_someone(said, language) and not _years(said) else said  # "was beside the old man"


def _years_end(words: list[str], end: int) -> int:
    """Where a predicate of `end` words ends, or past the word for years a few words on ("un hombre de
    sesenta y cinco años": the years are what the man is)."""
    for at in range(end, min(len(words), end + 4)):
        if re.search(rf"(?:{_YEARS})$", words[at], re.I):
            return at + 1
    return end


# the verb that has years in the languages that say an age so ("tenía siete años", "avait sept ans")
_HAVING_YEARS = {"es": {"tener"}, "fr": {"avoir"}, "it": {"avere"}, "pt": {"ter"}}
# a bare number after a verb of being is an age: "Mira was seven.", "Lena war sieben."
_BARE_AGE = re.compile(
    r"^(?:only|just|nearly|almost|erst|nur|fast|noch)?\s*(\d{1,2}|[^\W\d_]+(?:[\s-][^\W\d_]+)?)$", re.I
)


def _stated_years(after: str, language: str) -> tuple[int, str] | None:
    """An age said right after a name with a verb that has years ("Ana tenía siete años"), or as a bare
    number after a verb of being that ends its clause ("Mira was seven.")."""
    from filmstudio.script.lemmas import lemma_of

    words = re.split(r"[.!?;:,\n]", after[:80])[0].split()
    if words and lemma_of(words[0].lower(), language) in _HAVING_YEARS.get(language, set()):
        return _years(" ".join(words[1:5]))
    bare = _BARE_AGE.match(_predicate(after, language))
    if bare is None:
        return None
    years = spelled_years(bare.group(1))  # "seven", "seventy-two"
    return (years, bare.group(0)) if years is not None and 0 < years < 120 else None


# a second name joined to the first, before what is said of both: "MAVIS and GWEN, both in their seventies"
_PAIRED = re.compile(r"^\s+(?:and|und|y|et|e|и|&)\s+[A-ZÀ-ÝА-ЯЁ][\w'’-]*(?=\s*,)")
# an apposition names who someone is: ", a curious girl,", ", 45,", ", the old baker," , ", aged 8"
_APPOSITION = re.compile(
    r"^,\s*(?:a|an|the|his|her|their|aged?|\d+|un|una|une|ein|eine|der|die|el|la|le|il|o|uma?"
    r"|retired|elderly|old|young|little|both|[^\W\d_]+-years?-old)\b",  # "HAROLD, retired,", ", both in their"
    re.I,
)


def _sentence_rest(after: str) -> str:
    return after[:160]


# "her" before a word of its own is a possessive ("with her little daughter"), not the one it is with
_HER_ALONE = (
    r"her(?!\s+(?!(?:and|or|but|as|again|when|while|to|in|on|at|for|with|from|by|up|down|back|away|off|out|"
    r"over|so|then|that|this|the|a|an|too|now|once|there|here|into)\b)[a-z])"
)
_OBJECT_PRONOUN = re.compile(
    r"\b(?:at|to|with|for|from|of|by|behind|beside|toward|towards|past)\s+(?:him|them|" + _HER_ALONE + r")\b|\bhim\b",
    re.I,
)


# the clitic a French impersonal verb may take between "il" and itself ("il lui fallait", "il me semble")
_FR_CLITIC = r"(?:(?:ne|n'|me|m'|te|t'|lui|nous|vous|leur|en|se|s')\s*)*"
# subject pronouns that stand for no one in the story. French "il" of the weather, of time, of need and
# of existence: "il pleut", "il y a", "il était une fois", "il faut", "il est temps", "il est difficile
# de", "il fait froid", "il semble que", "il s'agit de". German "sie" with a plural verb after or before
# it ("sie gingen", "gingen sie": they) and "Sie" written inside a sentence (the formal you)
_NO_ONE = {
    "fr": re.compile(
        r"(?<!\w)il\s+" + _FR_CLITIC + r"(?:y\s|pleu|neig|gel|gèl|tonn|grêl|bruin|fau[td]|fall|vau[td]|val|suff|"
        r"agi|ét(?:ait|é)\s+une\s+fois|est\s+une\s+fois|"
        r"(?:sembl|para[iî]|arriv)\w*\s+(?:que|qu'|de|d')|"
        r"(?:reste|restait|resta|manque|manquait|manqua)\s+(?:du|de|des|d'|un|une|encore|plus|peu|beaucoup)|"
        r"(?:fait|faisait|fit|fera|ferait)\s+(?:très\s+|si\s+|trop\s+|bien\s+)?(?:beau|froid|chaud|nuit|jour|"
        r"noir|sombre|doux|frais|bon|mauvais|humide|sec|gris|clair|soleil|du\s+vent|du\s+soleil|un\s+temps)|"
        r"(?:est|était|fut|sera|serait|n'est|n'était)\s+(?:pas\s+|très\s+|trop\s+|si\s+|bien\s+|déjà\s+|encore\s+)*"
        r"(?:temps|tard|tôt|l'heure|midi|minuit|\w+\s+heures?|(?:difficile|facile|possible|impossible|"
        r"nécessaire|important|vrai|clair|évident|juste|inutile|dommage|rare|agréable|bon|mauvais|interdit|"
        r"certain|probable|naturel|normal|étrange|curieux|sûr|défendu|permis|utile|dangereux)\s+(?:de|d'|que|qu')))",
        re.I,
    ),
    "de": re.compile(
        # (not before an article or a possessive in -en: "fand sie einen Pilz" is hers)
        r"(?<!\w)sie\s+(?!(?:einen|keinen|seinen|ihren|meinen|deinen|diesen|jenen|jeden|den|denen)\s)"
        r"(?:\w+(?:en|ern|eln)|sind)(?!\w)|"
        r"(?<!\w)(?!(?:denen|dessen|deren|wessen|ihnen|oben|unten|eben|neben|gegen|wegen|zwischen)\s)"
        r"\w+en\s+sie(?!\w)|"
        r"(?-i:(?<=[a-zäöüß,]\s)Sie)(?!\w)",
        re.I,
    ),
}


def _about_them(after: str, language: str = "en") -> str:
    """The text after a name where a pronoun is most likely the named one's: "Maya picks up her bag.
    She smiles." counts; "waves at her" and "hugs him" are someone else, and "il pleut" (it rains),
    "sie gingen" (they went) no one."""
    text = _OBJECT_PRONOUN.sub(" ", after[:160])
    no_one = _NO_ONE.get(language)
    return no_one.sub(" ", text) if no_one else text


# a name written inside a sentence (after a word or a comma): someone else a pronoun may stand for
_OTHER_NAME = re.compile(r"(?<=[\w,;] )[A-ZÀ-ÝА-ЯЁ][\w'-]+")


def _pronouns_for(
    after: str, name_words: list[str], language: str, *, another_acts: bool = False
) -> list[tuple[str, str, str]]:
    """The pronouns after a name that stand for it: a pronoun refers back to the nearest one it fits,
    so one counts only while no one else it could stand for has been named between ("Marlo walked
    with Tobin. He carried the sack": Tobin's, not Marlo's; "Tobin ran to his mother. He wept": his).
    Where another acts on the name (`another_acts`: "The old fisherman waved to Lena from his boat"), a
    possessive in the rest of that sentence is the actor's."""
    text = " ".join(_about_them(after, language).split())
    acted_on = acted_on_spans(text, name_words, language, from_start=another_acts)
    table = role_words(language)
    others: list[tuple[int, str]] = [
        (m.position, table[m.key][0])
        for m in _role_lexicon(language).find(text)
        if m.key not in PRONOUNS | _ADJECTIVES and m.key not in name_words
    ]
    if language != "de" and script_of(language) in ("latin", "cyrillic"):  # German capitalises every noun
        others += [
            (m.start(), name_gender(m.group(0), text[: m.start()], language, _FEMALE_NAMES, _MALE_NAMES))
            for m in _OTHER_NAME.finditer(text)
            if m.group(0).lower() not in name_words
        ]
    beasts = animals_named(text, name_words, language)  # "said the cat, and she": the cat's, not Tom's
    others += beasts
    subjects = set(_SUBJECT_PRONOUNS.get(language, "").split("|"))
    out = []
    for word, gender, age, at in _roles_at(text, language):
        if word.lower() not in PRONOUNS or object_her(text, word, at, language):
            continue  # "Tom gave her a bowl": hers, whoever she is, not Tom's
        if word.lower() not in subjects and any(start <= at < end for start, end in acted_on):
            continue  # "waved to Lena from his boat": the waver's
        # a possessive counts wherever it stands ("Brick ... Steel ... his"): it is most often the one
        # the passage is about; a subject pronoun is the nearest one it fits
        nearer = any(where < at and fits in ("", gender) for where, fits in others)
        beast = any(where < at for where, _ in beasts)  # "barked the dog, and he wagged his tail": the dog's
        if (word.lower() not in subjects and not beast) or not nearer:
            out.append((word, gender, age))
    return out


_HINDI_FEMALE = re.compile(r"(?:ती|ई|थी|गी)$")
_HINDI_MALE = re.compile(r"(?:ता|या|था|गा)$")


def _verb_gender(text: str) -> list[tuple[str, str, str]]:
    """Hindi and Marathi verbs agree with their subject: चलती है (she walks), चलता है (he walks)."""
    out = []
    for word in text.split()[:8]:
        word = word.strip("।,.!?")
        if len(word) >= 3 and _HINDI_FEMALE.search(word):
            out.append((word, "female", ""))
        elif len(word) >= 3 and _HINDI_MALE.search(word):
            out.append((word, "male", ""))
    return out


# a Hindi clause ends at a mark or at a conjunction that opens the next one
_HINDI_CLAUSE_END = re.compile(r"[।॥|!?,;:—–\"“”‘’()]|\s(?:और|लेकिन|किंतु|परंतु|कि)(?=\s|$)")
# postpositions after a noun that is not the subject its verb agrees with ("राम ने कहा": the verb
# agrees with what he said; "सीता को": the one given to)
_HINDI_NOT_SUBJECT = {"ने", "को", "से", "का", "की", "के", "में", "पर", "तक", "द्वारा", "वाला", "वाली", "वाले"}
# in a clause that holds these, a perfective or an auxiliary agrees with its object or with what is felt
# ("उसे गुफा दिखाई दी": the cave was seen)
_HINDI_ERGATIVE = {"ने", "को", "मुझे", "तुझे", "उसे", "इसे", "हमें", "तुम्हें", "उन्हें", "इन्हें", "जिसे", "किसे"}
_HINDI_GROUP = {"है", "हैं", "हूँ", "हूं", "हो", "न", "नहीं", "ही", "भी", "तो"}  # closing a verb group
# the forms that agree with their subject's gender: habitual and future (-ता/-ती, -गा/-गी), the
# progressive and the auxiliaries of phase (रहा/रही, लगा/लगी, चुका/चुकी, सका/सकी), the perfective
# (गया/गई, आया/आई, बोला/बोली)
_HINDI_MASCULINE = re.compile(r"(?:ता|गा|या|[^न]ा)$")
_HINDI_FEMININE = re.compile(r"(?:ती|गी|यी|ई|[^न]ी)$")
_HINDI_PERFECTIVE_ONLY = re.compile(r"(?<!त|ग)[ाी]$")  # बोला/बोली, but also दुखी: not before है


# "spoke", which takes no ने: its subject stands right before it, and its form is the subject's gender
# (बोले and बोलीं are the plural that respect gives one person)
_HINDI_SPOKE = {"बोला": "male", "बोले": "male", "बोली": "female", "बोलीं": "female"}


def _hindi_agreement(text: str) -> list[tuple[str, str, str]]:
    """The gender the verb of a Hindi clause gives its subject (the clause opens `text`, its subject
    just before): the verb group closes the clause, its last word that agrees tells it. "शेर रहता था",
    "मैं … करूँगा", "लड़की आ गई" / "वह गाती है". A subject marked as not agreeing ("X ने", "X को") or a
    plural form (थे, -ते, -गे) tells nothing."""
    clause = _HINDI_CLAUSE_END.split(" " + text, maxsplit=1)[0]
    words = [w.strip(".…'\"") for w in clause.split()]
    words = [w for w in words if w]
    if not words or words[0] in _HINDI_NOT_SUBJECT:
        return []
    if words[0] in _HINDI_SPOKE:  # "X बोले": the verb of saying right after its subject, respect and all
        return [(words[0], _HINDI_SPOKE[words[0]], "")]
    ergative = any(w in _HINDI_ERGATIVE for w in words)
    copula = False
    for word in reversed(words[-5:]):
        if word in _HINDI_GROUP:
            copula = copula or word in ("है", "हैं", "हूँ", "हूं", "हो")
            continue
        if ergative or word in ("थे", "थीं") or len(word) < 2:
            return []
        if word in ("था", "थी"):
            return [(word, "male" if word == "था" else "female", "")]
        if copula and _HINDI_PERFECTIVE_ONLY.search(word) and not re.search(r"(?:या|यी|ई|गया|गई)$", word):
            return []  # "वह दुखी है": an adjective before the copula, not a verb
        if _HINDI_MASCULINE.search(word):
            return [(word, "male", "")]
        if _HINDI_FEMININE.search(word):
            return [(word, "female", "")]
        return []
    return []


def mentions_of(name: str, context: str, language: str = "en") -> list[tuple[str, str]]:
    """For each mention of the name in the action: the text before it, and the text after it up to the
    end of the next sentence (a pronoun there most likely refers to it)."""
    tokens = name_tokens(name)
    plain = [t for t in tokens if t not in HONORIFICS] or tokens
    if not plain:
        return []
    if script_of(language) in ("han", "kana"):
        pattern = re.compile(re.escape(name))
    else:
        # "Mary Jane", "Dr. Rao", "चण्ड-कर्ण": the words of a name between spaces, stops or a hyphen
        pattern = re.compile(r"(?<!\w)" + r"[\s.-]+".join(re.escape(t) for t in plain) + r"(?!\w)", re.I)
    out = []
    for match in pattern.finditer(context):
        rest = context[match.end() :]
        ends = [m.end() for m in re.finditer(r"[.!?।。！？]", rest)]
        cut = ends[1] if len(ends) > 1 else (ends[0] if ends else len(rest))
        out.append((context[max(0, match.start() - 80) : match.start()], rest[: min(cut, 240)]))
    return out


# Names introduced in narration: "a girl named Meera", "la niña llamada Lucía", "मीरा नाम की लड़की".
_NAMED = [
    re.compile(r"\b(?:named|called)\s+([A-ZÀ-Ý][\w'’-]+)"),
    re.compile(r"\b(?:llamad[oa]|de nombre)\s+([A-ZÀ-Ý][\w'’-]+)"),
    re.compile(r"\b(?:nommée?|appelée?|prénommée?)\s+([A-ZÀ-Ý][\w'’-]+)"),
    re.compile(r"\b(?:namens|genannt)\s+([A-ZÀ-ÝÄÖÜ][\w'’-]+)"),
    re.compile(r"\b(?:chiamat[oa]|di nome)\s+([A-Z][\w'’-]+)"),
    re.compile(r"\b(?:chamad[oa])\s+([A-ZÀ-Ý][\w'’-]+)"),
    re.compile(r"([\u0900-\u097F]+(?:-[\u0900-\u097F]+)*)\s+(?:नाम\s+(?:की|का|के)|नामक)"),
    re.compile(r"([\u0900-\u097F]+)\s+नावाच[ीा]"),
    re.compile(r"([\u0B80-\u0BFF]+)\s+என்ற"),
    re.compile(r"([\u0C00-\u0C7F]+)\s+అనే"),
    re.compile(r"(?:名叫|叫)([\u4e00-\u9fff]{2,3}?)(?=的|，|。|,|\s|$)"),
    re.compile(r"\bпо имени\s+([А-ЯЁ][\w-]+)"),
    re.compile(r"([\u3040-\u30ff\u4e00-\u9fff]{2,4})という"),
]


# the patterns that give the name before the word for what is named ("山田というところ", "X नाम का शेर")
_NAMED_BEFORE = set(_NAMED[6:11]) | {_NAMED[-1]}


def _being_follows(text: str, at: int, language: str) -> bool:
    """Whether what a name is given to is a person or an animal: "平吉という狐", not "山田というところ" (a
    place) or "あみという網" (a net)."""
    from filmstudio.script.mentions import find_mentions

    ahead = text[at : at + 40]
    if ahead.startswith(("名", "なまえ")):
        return True  # "一郎という名をつけました": the name itself, given to whom the sentence names
    gap = len(ahead) - len(ahead.lstrip(" 　、,"))
    if " " in ahead.strip():  # a spaced script: the next word, or the one after an article ("एक लड़की")
        second = re.match(r"\s*\S+\s+\S+", ahead)
        gap = second.end() - 1 if second else len(ahead)
    return any(m.start <= gap + 1 for m in find_mentions(ahead, language))


# "their names were Flopsy, Mopsy, Cotton-tail, and Peter", "se llamaban Ana, Luis y Pepa": every name listed
_NAME = r"[A-ZÀ-ÝÄÖÜ][\w'’-]+"
_AND = r"(?:and|y|e|et|und|und\s+auch)"
_NAMED_LIST = re.compile(
    r"\b(?:names\s+were|were\s+(?:named|called)|se\s+llamaban|s'appelaient|hie(?:ß|ss)en|si\s+chiamavano|"
    r"chamavam-se)[\s:—–-]*("
    + _NAME
    + r"(?:\s*,\s*(?:"
    + _AND
    + r"\s+)?"
    + _NAME
    + r")*(?:\s+"
    + _AND
    + r"\s+"
    + _NAME
    + r")?)"
)


def listed_names(text: str, language: str = "en") -> list[tuple[str, str]]:
    """Names a narration gives a group at once, each with the age the group was told to have: "four
    little Rabbits, and their names were Flopsy, Mopsy, and Peter" -> [("Flopsy", "child"), ...]."""
    from filmstudio.script.persons import describing_words

    describing = describing_words(language)
    out: list[tuple[str, str]] = []
    for match in _NAMED_LIST.finditer(text):
        sentence_start = max(text.rfind(mark, 0, match.start()) for mark in (".", "!", "?", "\n\n"))
        before = re.findall(r"[\w'-]+", text[sentence_start + 1 : match.start()].lower())
        age = next((describing[w][1] for w in before if w in describing and describing[w][1]), "")
        names = [
            re.sub(r"^" + _AND + r"\s+", "", n.strip())
            for n in re.split(r"\s*,\s*|\s+" + _AND + r"\s+", match.group(1))
        ]
        if len(names) >= 2:  # a list: one name alone is the other naming patterns' ("named Meera")
            out.extend((name, age) for name in names if name)
    return out


@lru_cache(maxsize=32)
def _role_before_name(language: str) -> re.Pattern[str] | None:
    """'the old baker Tomás', 'sua neta Ana', 'внучка Маша': a role word, then a capitalised name."""
    if script_of(language) not in ("latin", "cyrillic"):
        return None
    nouns = [
        w
        for w in role_words(language)
        if w not in PRONOUNS
        and " " not in w
        and w not in _ADJECTIVES
        and w not in ("little", "young", "aged", "teen", "joven", "jeune")
    ]
    if not nouns:
        return None
    words = "|".join(sorted((re.escape(w) for w in nouns), key=len, reverse=True))
    # the name may hold capitals of its own (McGregor, O'Neil); an honorific is not the name
    return re.compile(
        r"(?i:\b(?:" + words + r"))\s+(?!(?:Mr|Mrs|Ms|Dr|Miss|Sir)\b)([A-ZÀ-ÝА-ЯЁ][\w'’-]*[a-zà-ÿа-яё][\w'’-]*)"
    )


# the titles a village gives its people before their names ("la señá Rosa", "Dona Maria", "o seu Joaquim",
# "la sora Nina", "Синьора Роза", "la mère Michel"): what follows is a name, though the word may be common
_TITLES = {
    "es": "señá|señó|señor|señora|señorita|doña|don|tía|tío|fray|sor|misia|ño",
    "pt": "dona|dom|seu|sinhá|sinhô|nhô|nhá|siá|senhor|senhora|tia|tio|frei",
    "it": "signora|signor|signore|signorina|sora|sor|donna|don|zia|zio|comare|compare|fra|monna|messer|ser",
    "fr": "madame|monsieur|mademoiselle|mère|père|tante|oncle|maître|dame",
    "ru": "синьора|синьор|сеньора|сеньор|госпожа|господин|тётушка|тетушка|дядюшка|тётка|тетка|дядя|тётя|тетя|"
    "бабушка|дедушка|баба|дед",
}


@lru_cache(maxsize=32)
def _titled_name(language: str) -> re.Pattern[str] | None:
    titles = _TITLES.get(language)
    if titles is None:
        return None
    return re.compile(r"(?<!\w)(?i:" + titles + r")\s+([A-ZÀ-ÝА-ЯЁ][a-zà-ÿа-яё][\w'’-]*)")


def titled_people(text: str, language: str) -> list[tuple[int, str]]:
    """(where, name) of each name a title stands before ("la señá Rosa": Rosa, "Синьора Роза": Роза), in
    its first form. Never a word for a kind of being or a place ("o seu Rei")."""
    pattern = _titled_name(language)
    if pattern is None:
        return []
    from filmstudio.script.vocabulary import places

    place_words = set(places(language).names())
    out: list[tuple[int, str]] = []
    for m in pattern.finditer(text):
        name = m.group(1)
        low = name.lower()
        if low in _NOT_A_NAME or low in place_words or _kind_word(name, language) or low in HONORIFICS:
            continue
        out.append((m.start(1), _declined(name, language) if language in _CASES else name))
    return out


def named_in_narration(text: str, language: str = "en") -> list[str]:
    """Names the narration introduces, in order."""
    found: list[tuple[int, str]] = []
    found.extend(titled_people(text, language))  # "la señá Rosa", "Dona Maria"
    patterns = [*_NAMED, *filter(None, [_role_before_name(language)])]
    for pattern in patterns:
        found.extend(
            (m.start(1), m.group(1))
            for m in pattern.finditer(text)
            if pattern not in _NAMED_BEFORE or _being_follows(text, m.end(), language)
        )
    # a Japanese name caught with the particle before it ("に一郎という"): the particle is not the name
    found = [
        (at, re.sub(r"^(?:.*の|[はがをにとでへもや]+)(?=[\u30a0-\u30ff\u4e00-\u9fff])", "", n))
        for at, n in found
        if not re.fullmatch(r"[\u3040-\u309f]+", n) or _one_noun(n)  # "さくら", not "いいもの"
    ]
    if language == "ja":  # as for the names MeCab finds: one who never acts is only talked about
        found = [
            (at, n)
            for at, n in found
            # or is given as a name ("一郎という名をつけました"): the child named is in the story
            if re.search(re.escape(n) + r"(?:(?:さん|さま|くん|ちゃん)?[はがも]|という名|と名)", text)
        ]
    return list(dict.fromkeys(name for _, name in sorted(found)))


_NOT_A_NAME = {
    "i",
    "god",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "christmas",
    "easter",
    "diwali",
    "mr",
    "mrs",
    "ms",
    "dr",
    "don",
    "doña",
    "señor",
    "señora",
}


def recurring_names(text: str, language: str, *, not_names: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Names a narration simply uses ("Every day Pablo took his sheep up the hill. At night Pablo slept."):
    capitalised words met at least twice, once inside a sentence or once opening one right before a verb
    ("Anna walked ... Anna climbed"), or once, opening one of the story's first sentences before its verb,
    when the story goes on with "he" or "she"; that name no thing, place or time (`not_names`). Only for languages
    that capitalise names alone: not German, which capitalises every noun, nor scripts without capitals."""
    if language == "ja":
        return _japanese_names(text)
    if language == "hi":
        return _hindi_names(text, not_names)
    if language == "zh":
        return _chinese_names(text)
    if language in _TITLED_NAMES:
        return titled_names(text, language)
    if script_of(language) not in ("latin", "cyrillic"):
        return []
    nouns_capitalised = language == "de"  # only a bare word opening a sentence before its verb is a name
    counts: dict[str, int] = {}
    inside: dict[str, int] = {}
    acting: set[str] = set()  # opened a sentence and did its verb
    verbs = _verb_words(language)
    lowered = {w.lower() for w in re.findall(r"[\w'’-]+", text) if w[:1].islower()}
    placed: dict[str, int] = {}
    owned: dict[str, int] = {}
    tails: dict[str, int] = {}
    from filmstudio.script.vocabulary import places

    place_words = set(places(language).names())
    excluded = set(not_names) | place_words
    # a sentence also starts after a quote mark or a dialogue dash: “His ...”, —Did you ...
    # "Mr. McGregor": a title's full stop does not end the sentence
    text = re.sub(r"\b(Mr|Mrs|Ms|Dr|St|Sr|Sra|Mme|Mlle|Hr|Fr)\.", r"\1", text)
    # and after a colon before a capital: "lui cria: Tire la chevillette" opens the words cried
    colon = r"|:\s+(?=[^\W\d_])" if not nouns_capitalised else ""
    # prose wrapped by its printer ("...lived in the\nUninhabited ...") runs its sentences over line breaks;
    # verse opens each line anew
    breaks = r"\n\s*\n" if _hard_wrapped(text) else r"\n+"
    heroes: set[str] = set()  # acted in the story's first sentences: a hero named once, then "she"
    sentences = re.split(r"(?<=[.!?])[\"'”’»)]*\s+|" + breaks + r"|[\"“”„«»‘—–]\s*" + colon, text)
    for number, sentence in enumerate(sentences):
        words = re.findall(r"[\w'’-]+", sentence)
        for i, word in enumerate(words):
            if not word[:1].isupper() or word.isupper() and len(word) > 1:
                continue
            key = re.sub(r"['’](?:s|m|re|ll|ve|d|t)$", "", word.strip("'’-"), flags=re.I)
            if key.lower() in _NOT_A_NAME or key.lower() in excluded or key.lower() in lowered:
                continue  # a word the text also writes in lower case is a common word, not a name
            # "Morgens ging er", "Вчера Тобин": a time opening its sentence says when ("said Dawn" names)
            if is_time_word(key, language) and (i == 0 or nouns_capitalised):
                continue
            if len(key) <= 2 or key.lower() in HONORIFICS:
                continue
            if i + 1 < len(words) and words[i + 1][:1].isupper() and words[i + 1].lower() in place_words:
                continue  # the first word of a place's name: the Red Sea, the Black Forest
            if language in _CASES:  # "Лису" is "Лиса": a name declines
                key = _declined(key, language)
            if (
                i > 0
                and words[i - 1].lower() in _AT_A_PLACE.get(language, ())
                and not (i > 1 and words[i - 2].lower() in _AT_SOMEONE)
            ):
                placed[key] = placed.get(key, 0) + 1  # "in London", "en Pamplona", "nach Bagdad"
            counts[key] = counts.get(key, 0) + 1
            previous = words[i - 1] if i > 0 else ""
            # a capital opening the sentence tells nothing where the text writes the word in lower case too
            opening = i == 1 and (previous.lower() in lowered or previous.lower() in _FUNCTION_WORDS)
            if previous[:1].isupper() and not opening and previous.lower().rstrip(".") not in HONORIFICS:
                tails[key] = tails.get(key, 0) + 1  # "the Empty Lowlands": the end of a longer name
            if i > 0 and _owned_word(sentence, i, language):
                owned[key] = owned.get(key, 0) + 1  # "la hija del Conde": whose daughter
            if i > 0 and not nouns_capitalised:
                inside.setdefault(key, len(inside))
            elif (
                i + 1 < len(words)
                and key.lower() not in _FUNCTION_WORDS
                # German capitalises every noun: "Glück war es" is no one, so only a verb of doing counts there
                and (_is_verb(words[1], language, verbs) or not nouns_capitalised and _being_verb(words[1:], language))
                and not _is_verb(key, language, verbs)
                and not _common_being(key, language)
                and not re.search(_DETERMINED.get(language, r"(?!)") + re.escape(key) + r"\b", text)
            ):
                acting.add(key)
                inside.setdefault(key, len(inside))
                if number < 2 and not nouns_capitalised:  # German: any noun may open a sentence before a verb
                    heroes.add(key)
    names = [
        name
        for name, _ in sorted(inside.items(), key=lambda kv: kv[1])
        if (counts[name] >= 2 or name in heroes and _referred_to_again(text, language))
        and placed.get(name, 0) * 2 < counts[name]
        # a name met only as the owner of something ("the daughter of the Count", "el puerto de Valdoro") never
        # acts in the story: a place, or someone only spoken of
        and owned.get(name, 0) < counts[name]
        # a word only ever met after another capitalised one ends a longer name ("the Empty
        # Lowlands"), which is the name if any is
        and (nouns_capitalised or tails.get(name, 0) < counts[name])
    ]
    return [name for name in names if not _inflected_common(name, names, language)]


_SUBJECT_PRONOUNS = {
    "en": r"he|she",
    "de": r"er|sie",
    "fr": r"il|elle",
    "es": r"él|ella",
    "it": r"lui|lei|egli|ella",
    "pt": r"ele|ela",
    "ru": r"он|она",
    "uk": r"він|вона",
}


def _referred_to_again(text: str, language: str) -> bool:
    """Whether the story goes on about someone as "he" or "she" (a name said once at the start is its hero's)."""
    pronouns = _SUBJECT_PRONOUNS.get(language)
    return bool(pronouns and re.search(r"(?<!\w)(?:" + pronouns + r")(?!\w)", text, re.I))


def _kind_word(word: str, language: str) -> bool:
    """A word for a kind of person or animal, in any of its forms ("Rey", "Kings", "Лису")."""
    from filmstudio.script.lemmas import lemma_of
    from filmstudio.script.mentions import animal_words
    from filmstudio.script.persons import person_words

    kinds = person_words(language).keys() | animal_words(language).keys()
    return word.lower() in kinds or lemma_of(word.lower(), language) in kinds


def _hard_wrapped(text: str) -> bool:
    """Whether a text's line breaks are its printer's: most lines that run on into another end without a
    sentence's punctuation and the next begins in lower case."""
    lines = text.split("\n")
    runs = [(a.rstrip(), b.lstrip()) for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip()]
    wrapped = sum(1 for a, b in runs if not a.endswith((".", "!", "?", ":", ";", "”", '"')) and b[:1].islower())
    return len(runs) >= 4 and wrapped * 2 > len(runs)


def _owned_word(sentence: str, i: int, language: str) -> bool:
    """Whether the i-th word of a sentence is the owner of the noun before it ("del Rey", "of the King")."""
    from filmstudio.script.mentions import owned

    starts = [m.start() for m in re.finditer(r"[\w'’-]+", sentence)]
    return i < len(starts) and owned(sentence, starts[i], language)


def _inflected_common(name: str, names: list[str], language: str) -> bool:
    """A capitalised plural of a name met or of a kind of person ("Princesses", "Kings"): not a name."""
    from filmstudio.script.lemmas import lemma_of
    from filmstudio.script.persons import person_words

    low = name.lower()
    lemma = lemma_of(low, language)
    return lemma != low and (lemma in {n.lower() for n in names} or lemma in person_words(language))


# pronouns and quantifiers that open sentences before their verb ("Everyone ran", "Todos corrieron")
_FUNCTION_WORDS = set(
    [
        "i",
        "he",
        "she",
        "it",
        "we",
        "you",
        "they",
        "everyone",
        "everybody",
        "someone",
        "somebody",
        "nobody",
        "anyone",
        "anybody",
        "all",
        "both",
        "each",
        "many",
        "some",
        "please",
        "let",
        "do",
        "don't",
        "never",
        "always",
        "others",
        "none",
        "few",
        "who",
        "what",
        "which",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "one",
        "then",
        "so",
        "now",
        "yet",
        "él",
        "ella",
        "ellos",
        "ellas",
        "nosotros",
        "todos",
        "todas",
        "nadie",
        "alguien",
        "ambos",
        "muchos",
        "algunos",
        "otros",
        "quien",
        "il",
        "elle",
        "ils",
        "elles",
        "nous",
        "vous",
        "on",
        "tous",
        "toutes",
        "personne",
        "chacun",
        "lui",
        "lei",
        "loro",
        "noi",
        "voi",
        "tutti",
        "nessuno",
        "qualcuno",
        "ele",
        "ela",
        "eles",
        "elas",
        "nós",
        "ninguém",
        "alguém",
        "он",
        "она",
        "они",
        "мы",
        "вы",
        "все",
        "никто",
        "кто-то",
        "кто",
        "er",
        "sie",
        "es",
        "wir",
        "ihr",
        "man",
        "alle",
        "jeder",
        "niemand",
        "jemand",
        "beide",
        "viele",
        "einige",
        "dann",
        "da",
        "so",
    ]
)


# a word met after an article is a noun ("die Pfote"), not a name
_DETERMINED = {
    "de": r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)\s+",
    "en": r"\b(?:the|a|an)\s+",
    "es": r"\b(?:el|la|los|las|un|una)\s+",
    "fr": r"\b(?:le|la|les|un|une|l')\s*",
    "it": r"\b(?:il|lo|la|i|gli|le|un|una)\s+",
    "pt": r"\b(?:o|a|os|as|um|uma)\s+",
}


def _common_being(word: str, language: str) -> bool:
    """A word for a kind of person or animal ("Лиса", "Fox"): a mention, not a name."""
    from filmstudio.script.mentions import find_mentions

    return bool(find_mentions(word.lower(), language)) or bool(find_mentions(word, language))


_verb_words = verb_words


# the verbs of living somewhere, by their lemma: "Pedro lived by the sea" tells of someone in the story
_LIVING = {
    "en": {"live", "dwell"},
    "es": {"vivir", "habitar"},
    "fr": {"vivre", "habiter", "demeurer"},
    "it": {"vivere", "abitare"},
    "pt": {"viver", "morar", "habitar"},
    "ru": {"жить", "проживать"},
}
# the verbs of being: "Pedro was old", "Pedro era pescador" tell of a person when what follows is a word
# for a person or their age ("Paris was big" tells of a place)
_BEING = {
    "en": {"be"},
    "es": {"ser", "estar"},
    "fr": {"être"},
    "it": {"essere"},
    "pt": {"ser", "estar"},
    "ru": {"быть"},
    "de": {"sein"},  # "Felix war ein kleiner Junge" (its names never counted by this verb: see recurring_names)
}


def _being_verb(words: list[str], language: str) -> bool:
    """Whether `words` (a sentence after its first word) open with a verb of living, or a verb of being
    and then, past an article or two, a word for a person or a person's age."""
    from filmstudio.script.lemmas import lemma_of
    from filmstudio.script.persons import describing_words, person_words

    if not words:
        return False
    low = words[0].lower()
    verb = {low, lemma_of(low, language)}
    if verb & _LIVING.get(language, set()):
        return True
    if not verb & _BEING.get(language, set()):
        return False
    people, describing = person_words(language), describing_words(language)
    for word in words[1:4]:
        w = word.lower()
        if w in describing or w in people or lemma_of(w, language) in people:
            return True
    return False


_is_verb = is_verb


_CASES = {"ru", "uk", "pl", "cs", "sk", "sl", "hbs", "bg", "lt", "lv", "fi", "et", "hu"}


def _declined(word: str, language: str) -> str:
    from filmstudio.script.lemmas import lemma_of
    from filmstudio.script.mentions import animal_words
    from filmstudio.script.persons import person_words

    if word.lower() in animal_words(language) or word.lower() in person_words(language):
        return word  # a word in its own right ("Лиса"), though it is also a case of another ("лис")
    lemma = lemma_of(word.lower(), language)
    return lemma[:1].upper() + lemma[1:] if lemma and lemma != word.lower() and lemma[:2] == word.lower()[:2] else word


def _one_noun(text: str) -> bool:
    """A word MeCab reads as one noun (a name written in hiragana: さくら), not a phrase."""
    from filmstudio.script.lemmas import _tagger

    words = list(_tagger()(text))
    return len(words) == 1 and words[0].feature.pos1 == "名詞"


def _japanese_names(text: str) -> list[str]:
    """Names MeCab (UniDic) tags as a person's or a proper name, met at least twice: 平吉, 一郎, さくら."""
    from filmstudio.script.lemmas import _tagger

    counts: Counter[str] = Counter()
    acting: set[str] = set()
    words = list(_tagger()(text))
    for k, word in enumerate(words):
        feature = word.feature
        if feature.pos2 == "固有名詞" and feature.pos3 in ("人名", "一般") and len(word.surface) >= 2:
            counts[word.surface] += 1
            if k + 1 < len(words) and words[k + 1].surface in _JAPANESE_SUBJECT:
                acting.add(word.surface)
    # "村の吉蔵というおじいさんからきいた話", "山田というところ": a name that never acts is only talked about
    return [name for name, n in counts.items() if n >= 2 and name in acting]


_JAPANESE_SUBJECT = {"は", "が", "も"}  # the particles after whoever a sentence is about or who does it


def _chinese_names(text: str) -> list[str]:
    """Chinese has neither capitals nor spaces: names are what jieba's tagger (MIT, its dictionary in the
    package) tags a person's name (nr), of two characters or more, met three times or more: 孔乙己."""
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    counts = Counter(w.word for w in jieba.posseg.cut(text) if w.flag == "nr" and len(w.word) >= 2)
    found = [name for name, n in counts.items() if n >= 3]
    return list(dict.fromkeys([*found, *_chinese_speakers(text)]))


# a clause of Chinese, modern or classical: what stands between two marks
_CHINESE_CLAUSE = re.compile(r"[^，。；：！？、“”‘’「」『』《》（）,.;:!?\s]+")
# the verbs that announce a quote: classical 曰 and 云, modern 说, 道, 问, 答, 叫, 喊
_CHINESE_SAYING = re.compile(r"(?:曰|云|说|道|问|答|叫|喊)$")
# pronouns and words of number that open a clause and are nobody's name
_CHINESE_NOT_NAMES = re.compile(r"^(?:[我你您他她它吾汝尔余予其彼此众诸皆]|有的|大家|所有|人们)")


def _chinese_speakers(text: str) -> list[str]:
    """Who speaks before a quote in Chinese, classical or modern: a clause that ends in a verb of saying
    and opens a quote ("东村老农笑曰：“…”") has its speaker at its head, and the speaker is the longest
    head that also opens another clause of the text (the story names its people as the subject of what
    they do: "东村老农者，年七十"), of two characters or more."""
    clauses = [(m.start(), m.group(0)) for m in _CHINESE_CLAUSE.finditer(text)]
    out = []
    for at, clause in clauses:
        after = text[at + len(clause) : at + len(clause) + 2]
        if not _CHINESE_SAYING.search(clause) or not re.match(r"\s*[：:，,]?\s*[“「『\"]", after):
            continue
        heads = [
            clause[:n]
            for n in range(min(6, len(clause) - 1), 1, -1)
            if not _CHINESE_NOT_NAMES.match(clause)
            and any(other.startswith(clause[:n]) for where, other in clauses if where != at)
        ]
        if heads:
            out.append(heads[0])
    return out


_TITLED_NAMES = {"bn", "ta"}  # languages without capitals whose names are found by the titles before them


def _indic_base(word: str, language: str) -> str:
    """A name without its case ending: Bengali কণ্বের is কণ্ব, Tamil குமாரனின் is குமாரன்."""
    if language == "bn":
        from filmstudio.script.lexicon import _BENGALI_ENDINGS

        for cut in range(min(5, len(word) - 3), 0, -1):
            if word[-cut:] in _BENGALI_ENDINGS:
                return word[:-cut]
    if language == "ta":
        from filmstudio.script.word_forms import tamil_bases

        # a name ends in a consonant (விக்ரமன், வள்ளி's -ள்) or a vowel the glide joins (சீதா-வின்)
        bases = tamil_bases(word)
        return next((b for b in bases if b.endswith("்") and b[-2] in "னளரலம"), bases[-1] if bases else word)
    return word


def titled_names(text: str, language: str) -> list[str]:
    """Names in a script without capitals, found by what stands before them: a title or a kinship word
    ("মহর্ষি X", "রাজা X", "মা-X"; joined by a space, a hyphen or a dash), with the name met again
    elsewhere in the text, in any of its cases. The title and the kinship word are not the name."""
    from filmstudio.script.beings import animal_words
    from filmstudio.script.vocabulary import places, things

    roles = {w for w in role_words(language) if w not in PRONOUNS}
    known = things(language)
    animals = animal_words(language)
    # the words of the text (the danda, । and ॥, ends a sentence in every Indic script)
    words = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[\w\u0900-\u0963\u0966-\u0DFF]+", text)]
    bases = Counter(_indic_base(w, language) for _, _, w in words)
    found: list[str] = []
    for (_, end, title), (start, _, word) in zip(words, words[1:], strict=False):
        if title not in roles or not re.fullmatch(r"\s*[-–—]?\s*", text[end:start]):
            continue
        base = _indic_base(word, language)
        if base in roles or len(base) < 3 or known.find(base) or places(language).find(base):
            continue
        if {word, base} & animals.keys():  # "ஆண் யானை": a gender word before an animal, no title
            continue
        # "অগস্ত্যদেব", then "অগস্ত্যের": the name with its honorific joined, then alone
        short = next((base[: -len(h)] for h in _JOINED_HONORIFICS if base.endswith(h) and len(base) > len(h) + 2), "")
        if bases[base] + (bases[short] if short else 0) >= 2:
            found.append(short or base)
    # "কণ্বদেব" is "কণ্ব" with the honorific joined after: one person, by the shorter name
    return [
        name
        for name in dict.fromkeys(found)
        if not any(
            name != other and name.startswith(other) and name[len(other) :] in _JOINED_HONORIFICS for other in found
        )
    ]


# honorifics written against a name in the Indic scripts: -দেব, -জী, -बाबू
_JOINED_HONORIFICS = {"দেব", "দেবী", "জী", "বাবু", "देव", "देवी", "जी", "बाबू"}


def _hindi_speaking_subject(words: list[str], at: int, closed: frozenset[str]) -> str | None:
    """In "सीता हँसती हुई बोली" the one who speaks stands before the manner of speaking (a present participle
    and हुई/हुआ/हुए), not right before the verb."""
    k = at - 1
    if k < 1 or words[k] not in ("हुई", "हुआ", "हुए"):
        return None
    k -= 2  # over the participle itself ("हँसती")
    while k >= 0 and words[k] in closed and at - k <= 4:  # "सीता फिर मुस्कुराती हुई बोली"
        k -= 1
    return words[k] if k >= 0 and words[k] not in closed else None


# Hindi postpositions that follow a noun that acts or is acted on: "राम ने", "केवट को"
_HINDI_AFTER_NAME = {"ने", "को", "से", "का", "की", "के", "भी", "बोले", "बोला", "बोली", "कहा"}


def _hindi_names(text: str, not_names: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Hindi has no capitals: a name is a word the dictionary does not know, met three times or more,
    at least once before a postposition ("केवट ने", "सीता को"). The dictionary knows the common names
    (राम, सीता, मोहन), so a word met twice or more that once acts is one too: the agent before ने or the
    speaker before बोला/बोली, unless it is a word of the language's grammar, a person's role, an animal, a
    thing, a place or a time. (The first word of a clause whose verb agrees with it is no such sign: in
    verse and with a felt subject, "भूख लगी", it is too often no one.)"""
    import simplemma

    from filmstudio.script.closed_words import closed_words

    closed = closed_words("hi")  # "तरेरती हुई बोली": a participle, "है", "से": grammar, never a name
    words = re.findall(r"[\u0900-\u0963\u0966-\u097F]+", text)
    counts = Counter(words)
    before = {a for a, b in zip(words, words[1:], strict=False) if b in _HINDI_AFTER_NAME and a not in closed}
    found = [
        w for w, n in counts.items() if n >= 3 and len(w) >= 2 and w in before and not simplemma.is_known(w, lang="hi")
    ]
    # the one who speaks: a word no dictionary knows right before "बोला", "बोली", "बोले" (a verb of saying
    # that takes no ने, so what stands before it is its subject), in prose or verse
    speakers = [
        a
        for a, b in zip(words, words[1:], strict=False)
        if b in _HINDI_SPOKE
        and len(a) >= 3
        and a not in closed
        and not a.endswith(("कर", "के"))
        and not simplemma.is_known(a, lang="hi")
    ]
    acting = {a for a, b in zip(words, words[1:], strict=False) if (b == "ने" or b in _HINDI_SPOKE) and a not in closed}
    acting |= {w for i, b in enumerate(words) if b in _HINDI_SPOKE and (w := _hindi_speaking_subject(words, i, closed))}
    import filmstudio.script.vocabulary as vocabulary  # here: vocabulary reads people's words
    from filmstudio.script.word_data import word_data

    roles = set(word_data("hi").roles) | {w for ws in word_data("hi").animals.values() for w in ws}
    lexicons = [vocabulary.things("hi"), vocabulary.places("hi"), vocabulary.times("hi"), vocabulary.weathers("hi")]
    actors = [
        w
        for w in acting
        if counts[w] >= 2
        and len(w) >= 2
        and w not in _HINDI_GRAMMAR
        and w not in roles
        and w not in not_names
        and not w.endswith(("कर", "के"))
        and not any(lex.find(w) for lex in lexicons)
    ]
    return list(dict.fromkeys(_hyphened(n, text) for n in [*found, *speakers, *sorted(actors, key=words.index)]))


_DEVANAGARI_COMPOUND = re.compile(r"[\u0900-\u0963\u0966-\u097F]+(?:-[\u0900-\u0963\u0966-\u097F]+)+")


def _hyphened(name: str, text: str) -> str:
    """A Sanskrit compound name as Hindi prints it, its parts joined by a hyphen ("चण्ड-कर्ण", "विकट-दंष्ट्र"),
    is one name: a part found alone is the whole, where the text writes that part only inside it."""
    wholes = {
        m.group(0)
        for m in _DEVANAGARI_COMPOUND.finditer(text)
        if name in m.group(0).split("-") and len(set(m.group(0).split("-"))) > 1  # not "धीरे-धीरे"
    }
    if len(wholes) != 1:
        return name
    whole = next(iter(wholes))
    alone = re.findall(r"(?<![\u0900-\u097F-])" + re.escape(name) + r"(?![\u0900-\u0963\u0966-\u097F-])", text)
    return name if alone else whole


# words of Hindi's grammar that open a sentence or stand before ने without naming anyone
_HINDI_GRAMMAR = set(
    [
        "मैं",
        "मैंने",
        "हम",
        "हमने",
        "तू",
        "तूने",
        "तुम",
        "तुमने",
        "आप",
        "आपने",
        "वह",
        "वो",
        "उस",
        "उसने",
        "वे",
        "उन",
        "उन्होंने",
        "यह",
        "ये",
        "इस",
        "इसने",
        "इन",
        "इन्होंने",
        "कोई",
        "किसी",
        "किसने",
        "कौन",
        "क्या",
        "सब",
        "सबने",
        "सभी",
        "एक",
        "दो",
        "तीन",
        "कुछ",
        "जो",
        "जिस",
        "जिसने",
        "जिन्होंने",
        "तब",
        "फिर",
        "अब",
        "जब",
        "तो",
        "और",
        "पर",
        "लेकिन",
        "मगर",
        "किंतु",
        "परंतु",
        "आज",
        "कल",
        "सुबह",
        "शाम",
        "रात",
        "दिन",
        "एक-दिन",
        "वहाँ",
        "वहां",
        "यहाँ",
        "यहां",
        "बहुत",
        "थोड़ा",
        "नहीं",
        "हाँ",
        "हां",
        "अरे",
        "ओह",
    ]
)


# verbs whose "at" points at someone, not somewhere: "smiled at Pedro", "shouted at Lucy"
_AT_SOMEONE = set(
    [
        "smiled",
        "smiles",
        "smiling",
        "looked",
        "looks",
        "looking",
        "laughed",
        "laughs",
        "laughing",
        "stared",
        "stares",
        "staring",
        "shouted",
        "shouts",
        "shouting",
        "waved",
        "waves",
        "waving",
        "nodded",
        "nods",
        "glanced",
        "glances",
        "winked",
        "winks",
        "barked",
        "barks",
        "growled",
        "growls",
        "yelled",
        "yells",
        "pointed",
        "points",
        "frowned",
        "frowns",
        "grinned",
        "grins",
        "glared",
        "glares",
    ]
)

# prepositions a place follows and a person hardly ever does
_AT_A_PLACE = {
    "en": {"in", "at", "near", "across"},
    "es": {"en", "desde", "hacia"},
    "de": {"nach", "im", "in"},
    "fr": {"dans", "vers", "en"},
    "it": {"in", "da"},
    "pt": {"em", "no", "na"},
    "ru": {"в", "во", "из"},
}


# A screenplay introduces a silent character in capitals in the action: "MAYA (8) runs in." (the words
# of one name stand on one line: "TWO YEARS LATER" over "KID (8)" are two things)
_INTRODUCED = re.compile(
    r"(?<![\w'])([A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,2})(?=\s*(?:\(\d|,\s*\d|,\s*(?:a|an|the|his|her)\s))"
)


_CAPITALS = re.compile(r"(?<![\w'])([A-Z][A-Z'’-]{2,}(?:[ \t]+[A-Z][A-Z'’-]{2,}){0,2})(?![\w'])")


def introduced_in_action(text: str, language: str = "en") -> list[str]:
    """People a screenplay's action introduces in capitals: with an age or a description after them
    ("MAYA (8) runs in", "JOE, a mechanic,"), or a word that names a kind of person ("A MAILMAN walks
    up"), or a name the action uses again in ordinary case ("MATTHEW ... Matthew loads the crane")."""

    found = [(m.start(1), m.group(1).strip()) for m in _INTRODUCED.finditer(text)]
    found = [(at, name) for at, name in found if not _camera_words(name)]
    verbs = _verb_words(language)
    for m in _CAPITALS.finditer(text):
        words = m.group(1)
        plain = words.title()
        again = re.search(r"(?<!\w)" + re.escape(plain) + r"(?!\w)", text) is not None
        if _camera_words(words):
            continue
        if (
            _person_phrase(words, language)
            or (again and words.lower() not in _NOT_A_NAME)
            or _acting_name(text, m, language, verbs)
        ):
            found.append((m.start(1), words))
    return list(dict.fromkeys(name for _, name in sorted(found)))


# the capitals of a screenplay that are its camera's, its editor's and its sound's: never a person
_CAMERA = set(
    [
        "close",
        "closeup",
        "close-up",
        "angle",
        "pov",
        "insert",
        "super",
        "v.o",
        "o.s",
        "o.c",
        "cont'd",
        "cont",
        "intercut",
        "montage",
        "flashback",
        "back",
        "cut",
        "fade",
        "dissolve",
        "smash",
        "match",
        "wide",
        "shot",
        "over",
        "series",
        "shots",
        "later",
        "continuous",
        "moments",
        "end",
        "title",
        "titles",
        "int",
        "ext",
        "day",
        "night",
        "morning",
        "evening",
        "dawn",
        "dusk",
        "sfx",
        "vfx",
        "fx",
        "off",
        "screen",
        "on",
        "reverse",
        "tracking",
        "pan",
        "zoom",
        "beat",
        "the",
        "and",
        "of",
        "to",
        "on",
        "in",
    ]
)


def _camera_words(words: str) -> bool:
    """Capitals that direct the camera or the cut ("CLOSE ON", "ANGLE", "POV", "V.O.", "CONT'D")."""
    tokens = [w.strip(".:'’").lower() for w in words.split()]
    return bool(tokens) and all(t in _CAMERA or t.rstrip(".") in _CAMERA for t in tokens)


def _person_phrase(words: str, language: str) -> bool:
    """Capitals that name a kind of person, perhaps after words describing them ("NURSE", "OLD WOMAN",
    "YOUNG SOLDIERS")."""
    from filmstudio.script.lemmas import lemma_of
    from filmstudio.script.persons import describing_words, person_words

    people = person_words(language)
    low = words.lower()
    if low in people:
        return True
    *before, head = low.split()
    describing = describing_words(language)
    return (head in people or lemma_of(head, language) in people) and all(w in describing for w in before)


# what stands before a thing's capitals and never before a name: "the PHONE rings", "a loud BANG"
_THING_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|their|its|my|your|our|some|this|that|loud|sudden)\s+)$", re.I)


def _acting_name(text: str, match: re.Match[str], language: str, verbs: frozenset[str]) -> bool:
    """Capitals of one name, without an article, that open a clause and do its verb ("MARTHA hurries
    in"): a character the action introduces. A sound ("CRASH!") has no verb after it, a prop an article
    before it."""
    words = match.group(1)
    if len(words.split()) > 2 or words.lower() in _NOT_A_NAME or _THING_BEFORE.search(text[: match.start(1)]):
        return False
    if not re.search(r"(?:^|[.!?;:\n]\s*|,\s+)$", text[max(0, match.start(1) - 3) : match.start(1)]):
        return False  # inside a clause: "hears a BANG", "picks up the KNIFE"
    after = re.match(r"\s+([a-z][\w'’-]*)", text[match.end(1) :])
    return bool(after) and _is_verb(after.group(1), language, verbs)  # type: ignore[union-attr]


_VOCATIVE = re.compile(
    # the closing mark is looked at, not taken: "Baking, madam." is the word after its comma
    r"(?:^|[,，、]\s*|\b(?:my|mi|mis|ma|mon|mes|mein|meine|meu|minha)\s+)([^\W\d][\w'’-]*)(?=\s*[.!?,，。！？])",
    re.I,
)


def addressed_as(text: str, language: str) -> list[tuple[str, str, str]]:
    """Role words a line calls its listeners by: 'Good morning, children.' -> [('children', '', 'child')]."""
    table = role_words(language)
    out = []
    for match in _VOCATIVE.finditer(text):
        word = match.group(1).lower()
        if word in table and word not in PRONOUNS:
            out.append((word, *table[word]))
    return out


# the words that give the name of someone just described: "the traveller, whose name was Tom", "un
# médico llamado Juan", "a girl called Meera"
_NAME_AFTER = {
    "en": r",?\s+(?:whose\s+name\s+was|named|called|by\s+the\s+name\s+of)\s+",
    # or a title after the comma: "el Corregidor, don Eugenio, …", "o padeiro, seu Joaquim"
    "es": r"(?:,?\s+(?:llamad[oa]|de\s+nombre|que\s+se\s+llamaba|cuyo\s+nombre\s+era)\s+|,\s+(?:don|doña|señá|señó)\s+)",
    "fr": r",?\s+(?:nommée?|appelée?|qui\s+s'appelait|du\s+nom\s+de|dont\s+le\s+nom\s+était)\s+",
    "it": r"(?:,?\s+(?:chiamat[oa]|di\s+nome|che\s+si\s+chiamava|il\s+cui\s+nome\s+era)\s+|,\s+(?:don|donna|sora|sor)\s+)",
    "pt": r"(?:,?\s+(?:chamad[oa]|de\s+nome|que\s+se\s+chamava|cujo\s+nome\s+era)\s+|,\s+(?:dona|dom|seu|sinhá|sinhô)\s+)",
    "de": r",?\s+(?:namens|der\s+hieß|die\s+hieß|mit\s+Namen)\s+",
}
# what may follow an apposition's closing comma: not "and", which makes "Tom, the baker, and Ann" a list
_LIST_AFTER = re.compile(r"\s*(?:and|or|y|e|o|et|ou|und|oder|ed|и|или)\b", re.IGNORECASE)


def apposed_names(text: str, language: str) -> dict[str, str]:
    """Each word for a kind of person that the text gives a name beside it -> that name: an apposition
    ("Tom, the old traveller, walked in", "Marta, una doctora, llegó") or a naming after it ("the
    traveller, whose name was Tom"); and each being, person or animal, that a naming gives its name ("a
    lion named Max", "चण्ड-कर्ण नाम का हाथी", "タマという猫", "名叫阿黄的狗", "мальчик Петя"). A story then
    calls that one by either: one character. A word given two names, or a name given two words for
    different beings, links nothing. In a script without spaces the word as written is a key too ("猫")."""
    links = _apposed(text, language)
    out = {m.key: name for name, m in links.items()}
    if script_of(language) in ("han", "kana"):  # keyed by its meaning ("cat"), and as written ("猫")
        out.update({m.name: name for name, m in links.items() if m.name not in out})
    return out


def apposed_beings(text: str, language: str) -> dict[str, Mention]:
    """Each name the text gives in an apposition or a naming -> the mention of the being so named (what it
    is: a person or an animal, with the gender and the age its word tells)."""
    return dict(_apposed(text, language))


@lru_cache(maxsize=16)  # the reading asks it of one text several times
def _apposed(text: str, language: str) -> dict[str, Mention]:
    from filmstudio.script.mentions import DETERMINERS, find_mentions
    from filmstudio.script.persons import describing_words
    from filmstudio.script.predicated import predicated_beings

    found: dict[str, list[tuple[str, Mention]]] = {}
    mentions = find_mentions(text, language)
    for mention, name in _named_beings(text, language, mentions):
        found.setdefault(mention.key, []).append((name, mention))
    if script_of(language) in ("latin", "cyrillic", "greek"):
        lowered = {w.lower() for w in re.findall(r"[\w'’-]+", text) if w[:1].islower()}
        skippable = set(DETERMINERS.get(language, "").split()) | set(describing_words(language))
        naming = _NAME_AFTER.get(language)
        for mention in mentions:
            if mention.kind not in ("person", "animal") or mention.plural:
                continue
            name = ""
            if mention.kind == "person" and " " not in mention.key:  # "Tom, the old traveller": a person's
                name = _apposed_before(text[max(0, mention.start - 80) : mention.start], skippable)
            after = text[mention.end : mention.end + 60]
            # "Tom, the baker and the miller": a list; the apposition closes with its comma, or the sentence's
            # end ("pasó don Julián, el cartero.")
            closed = re.match(r"\s*(?:,|[.!?;](?:\s|$))", after)
            if name and (not closed or "," in closed.group(0) and _LIST_AFTER.match(after[after.index(",") + 1 :])):
                name = ""
            if not name and naming:  # "the traveller, whose name was Tom", "a lion named Max"
                given = re.match(naming + r"((?:[^\W\d_][\w'’-]*)(?:\s+[^\W\d_][\w'’-]*){0,2})", after)
                name = _capitalised(given.group(1), leading=True) if given else ""
            if not name and mention.kind == "person" and mention.determined:
                name = _name_apposed_after(after)  # "his son, Matthew, ...": the son is Matthew
            words = name.lower().split()
            if not words or any(w in lowered or w in _NOT_A_NAME or w in _FUNCTION_WORDS for w in words):
                continue  # "Mein Sohn, mein Sohn": a word the text writes in lower case is no name
            if any(_kind_word(w, language) for w in words):
                continue
            found.setdefault(mention.key, []).append((name, mention))
        for mention, name in predicated_beings(text, language, mentions):  # "Martin was a ferryman"
            words = name.lower().split()
            if words and not any(w in lowered or w in _NOT_A_NAME or w in _FUNCTION_WORDS for w in words):
                found.setdefault(mention.key, []).append((name, mention))
    links = {key: given[0] for key, given in found.items() if len({n for n, _ in given}) == 1}
    named = Counter(name for name, _ in links.values())
    return {name: mention for name, mention in links.values() if named[name] == 1}


# the words that give a name before the being named, and what may stand between them and the being's word
# ("चण्ड-कर्ण नाम का एक हाथी", "गौरी नाम की गाय", "विकट-दंष्ट्र नामक सियार", "タマという猫", "名叫阿黄的狗")
_NAME_THEN_BEING = {
    "hi": re.compile(
        r"([\u0900-\u0963\u0966-\u097F]+(?:-[\u0900-\u0963\u0966-\u097F]+)*)\s+(?:नाम\s+(?:का|की|के)|नामक)\s+"
    ),
    "mr": re.compile(r"([\u0900-\u0963\u0966-\u097F]+(?:-[\u0900-\u0963\u0966-\u097F]+)*)\s+(?:नावाच[ाीे]|नामक)\s+"),
    "zh": re.compile(r"(?:名叫|名字叫|叫做|叫作|名为|叫)([\u4e00-\u9fff]{1,4}?)的"),
}
_JAPANESE_NAMING = re.compile(r"(?:という|といふ|って)(?:名前の|なまえの|名の)?")
# what may stand between a naming and the being it names is "एक" and words that describe it ("एक शरारती
# बंदर"), never a postposition, a verb or a stop: "यह किताब चंपक नाम की है। एक हाथी" names no elephant
_NOT_BETWEEN_NAMING = {"ने", "को", "से", "में", "पर", "तक", "और", "था", "थी", "थे", "है", "हैं", "।", "॥", ",", ":", "!", "?"}
# the languages whose role word stands right before a name as its title: "мальчик Петя", "внучка Маша"
_ROLE_THEN_NAME = {"ru", "uk"}


def _named_beings(text: str, language: str, mentions: list[Mention]) -> list[tuple[Mention, str]]:
    """(the mention of a being, the name a naming gives it), for the namings that put the name first:
    Hindi's "X नाम का Y", Japanese "XというY", Chinese "名叫X的Y"; the namings of spaced languages that put
    it after ("a lion named Max") are apposed_names' own, and Russian's role word before its name
    ("мальчик Петя"), whose word is no mention of its own (the role is the name's title)."""
    out: list[tuple[Mention, str]] = []
    pattern = _NAME_THEN_BEING.get(language)
    if pattern is not None:
        for match in pattern.finditer(text):
            being = next((m for m in mentions if m.start >= match.end()), None)
            gap = text[match.end() : being.start] if being else ""
            between = gap.split()
            if (
                being is not None
                and len(between) <= 2
                and not _NOT_BETWEEN_NAMING & {*between, *re.findall("[।॥,;:!?]", gap)}
            ):
                out.append((being, match.group(1)))
    if language == "ja":
        out.extend(_japanese_named(text, mentions))
    if language in _ROLE_THEN_NAME:
        from filmstudio.script.mentions import find_mentions

        role_then_name = _role_before_name(language)
        for match in role_then_name.finditer(text) if role_then_name else ():
            role = text[match.start() : match.start(1)].strip()
            being = next((m for m in find_mentions(role, language) if m.end == len(role)), None)
            if being is not None and not _kind_word(match.group(1), language):
                out.append((being, match.group(1)))
    return out


_NOT_IN_A_JAPANESE_NAME = {"助詞", "補助記号", "空白", "動詞", "形容詞"}
_DESCRIBING_BEFORE = {"連体詞", "形容詞", "形状詞", "助動詞"}  # 小さな, かわいい, きれいな
_PARTICLES = {"で", "に", "は", "が", "を", "と", "も", "へ", "の", "や", "から", "より"}


def _japanese_named(text: str, mentions: list[Mention]) -> list[tuple[Mention, str]]:
    """タマという猫, たろうという男の子: the name is the noun before という, back to the particle before it."""
    from filmstudio.script.lemmas import japanese_tokens

    out: list[tuple[Mention, str]] = []
    words = japanese_tokens(text) if _JAPANESE_NAMING.search(text) else []
    for match in _JAPANESE_NAMING.finditer(text):
        being = next((m for m in mentions if m.start >= match.end()), None)
        # "ゴンという小さなきつね": words that describe the being may stand between
        between = [w for w in words if match.end() <= w[0] and being is not None and w[1] <= being.start]
        if being is None or any(w[4] not in _DESCRIBING_BEFORE for w in between) or len(between) > 2:
            continue
        before = [w for w in words if w[1] <= match.start()]
        k = len(before)
        # MeCab may read a particle as the copula ("森で": だ) and a name in hiragana as endings ("たろう")
        while k > 0 and before[k - 1][4] not in _NOT_IN_A_JAPANESE_NAME and before[k - 1][2] not in _PARTICLES:
            k -= 1
        if k < len(before) and before[-1][1] == match.start():
            name = text[before[k][0] : match.start()]
            if 1 < len(name) <= 8:
                out.append((being, name))
    # 犬のシロ, 娘の花子: a being, の, and its name (in katakana, or one MeCab knows as a name) that comes back
    # as the one a sentence is about
    names = set(_japanese_names(text))
    for being in mentions:
        after = re.match(
            r"の([\u30a1-\u30fa][\u30a1-\u30fcー]+|[\u3040-\u30ff\u4e00-\u9fff]{2,4}?)(?=[はがもとをに、。])",
            text[being.end :],
        )
        name = after.group(1) if after else ""
        katakana = re.fullmatch(r"[\u30a1-\u30fcー]+", name) is not None
        comes_back = name in names or katakana and re.search(re.escape(name) + "[はがも]", text) is not None
        # "犬の子": another being after の, not a name
        if name and comes_back and not any(m.start == being.end + 1 for m in mentions):
            out.append((being, name))
    return out


# a name in apposition after a word for a person: "his son, Matthew.", "la hija, Rosa, ..." (one or two
# capitalised words, then the apposition closes); not "the baker, Tom and Ann", a list
_NAME_APPOSED_AFTER = re.compile(
    r",\s+([^\W\d_a-zß-ÿа-яё][\w'’-]+(?:\s+[^\W\d_a-zß-ÿа-яё][\w'’-]+)?)(?=\s*(?:[,.;:!?)]|$))"
)


def _name_apposed_after(after: str) -> str:
    """The name in apposition right after a word for a person ("his son, Matthew," -> "Matthew"), or ""."""
    match = _NAME_APPOSED_AFTER.match(after)
    if match is None:
        return ""
    rest = after[match.end() :]
    if rest.lstrip().startswith(",") and _LIST_AFTER.match(rest.lstrip()[1:]):
        return ""  # "the baker, Tom, and Ann": a list of people
    return match.group(1)


def _apposed_before(before: str, skippable: set[str]) -> str:
    """The name right before an apposition's comma ("Tom, the old ..." -> "Tom"), or ""."""
    match = re.search(r"([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}),\s+((?:[\w'’-]+\s+){0,3})$", before)
    if match is None or any(w.lower() not in skippable for w in match.group(2).split()):
        return ""
    return _capitalised(match.group(1))


def _capitalised(words: str, *, leading: bool = False) -> str:
    """The trailing (or `leading`) run of capitalised words of `words` ("said Tom Brown" -> "Tom Brown";
    "Tom Brown came" -> "Tom Brown"), or ""."""
    run: list[str] = []
    for word in words.split() if leading else reversed(words.split()):
        if not word[:1].isupper() or word.isupper() and len(word) > 1:
            break
        run.append(word)
    return " ".join(run if leading else reversed(run))
