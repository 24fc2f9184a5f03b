"""Characters that Hindi, Bengali and Tamil name in ways a reading by capitals cannot see, as these scripts
have none:

- a gender word joined to an animal ("मादा हिरण", "পুরুষ হাতি", "ஆண் யானை", "பெண்மான்"), or a title
  joined to a word of kin ("राजकुमारी", "রাজকন্যা", "இளவரசி"): one being of that animal or kind, of that
  gender, once it acts or is met again;
- a title before a name ("ऋषि विश्वामित्र बोले", "রাজা বিক্রম বললেন", "முனிவர் வசிஷ்டர்"): one character,
  called by the name, its kind, gender and age told by the title (the title is no one else);
- a word no list of the language's words knows that twice does a verb of saying, going or feeling right
  after it ("X बोला", "X ने कहा", "X চলে গেল", "X சொன்னாள்", and verse's "कहहिं", "চলিল"): a name, of the
  gender its verbs tell (Hindi's -ा and -ी, Tamil's -ான் and -ாள்).

What is said inside quotes is no narration: a being only spoken of is none."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.beings import animal_words
from filmstudio.script.indefinites import is_indefinite
from filmstudio.script.mentions import _people
from filmstudio.script.people import _JOINED_HONORIFICS, _indic_base
from filmstudio.script.verbs import is_verb, verb_words
from filmstudio.script.word_data import word_data
from filmstudio.storyboard import Character

LANGUAGES = frozenset({"hi", "bn", "ta"})

_LETTERS = "\u0900-\u0963\u0966-\u097f\u0980-\u09ff\u0b80-\u0bff"
_WORD = re.compile(f"[{_LETTERS}]+")
_SENTENCE_END = re.compile(r"[।॥.!?;\n]")
_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”]*”|‘[^’]*’|«[^»]*»|'[^'\n]*'")

# the words that give an animal its gender, before it or joined to it
_GENDERS = {
    "hi": {"नर": "male", "मादा": "female"},
    "bn": {"পুরুষ": "male", "মদ্দা": "male", "মাদী": "female", "মাদি": "female"},
    "ta": {"ஆண்": "male", "பெண்": "female"},
}
# a title and a word of kin joined: the royal (राज, রাজ, ராஜ) son or daughter; Tamil's young king (இளவரசன்)
_ROYAL = {"hi": ("राज",), "bn": ("রাজ",), "ta": ("ராஜ", "இளவர")}
_KIN = {
    "hi": {"कुमार": "male", "कुमारी": "female", "पुत्र": "male", "पुत्री": "female", "कन्या": "female"},
    "bn": {"কুমার": "male", "কুমারী": "female", "পুত্র": "male", "কন্যা": "female"},
    "ta": {"குமாரன்": "male", "குமாரி": "female", "சன்": "male", "சி": "female"},
}
_KIN_KIND = {"male": "prince", "female": "princess"}

# titles before a name -> (kind, gender, age)
_SAGE = ("sage", "male", "elderly")
_KING = ("king", "male", "middle_aged")
_QUEEN = ("queen", "female", "middle_aged")
_NYMPH = ("apsara", "female", "young_adult")
_GODDESS = ("goddess", "female", "young_adult")
_PRINCE = ("prince", "male", "young_adult")
_PRINCESS = ("princess", "female", "young_adult")
_TITLES: dict[str, dict[str, tuple[str, str, str]]] = {
    "hi": {
        **dict.fromkeys(("ऋषि", "महर्षि", "मुनि", "साधु"), _SAGE),
        **dict.fromkeys(("राजा", "महाराज", "महाराजा"), _KING),
        **dict.fromkeys(("रानी", "महारानी"), _QUEEN),
        "अप्सरा": _NYMPH,
        "देवी": _GODDESS,
        **dict.fromkeys(("राजकुमार", "युवराज"), _PRINCE),
        "राजकुमारी": _PRINCESS,
    },
    "bn": {
        **dict.fromkeys(("ঋষি", "মহর্ষি", "মুনি", "সাধু"), _SAGE),
        **dict.fromkeys(("রাজা", "মহারাজ", "মহারাজা"), _KING),
        **dict.fromkeys(("রানী", "রানি", "রাণী", "মহারানী"), _QUEEN),
        **dict.fromkeys(("অপ্সরা", "অপ্সরী"), _NYMPH),
        "দেবী": _GODDESS,
        **dict.fromkeys(("রাজকুমার", "রাজপুত্র", "যুবরাজ"), _PRINCE),
        **dict.fromkeys(("রাজকুমারী", "রাজকন্যা"), _PRINCESS),
    },
    "ta": {
        **dict.fromkeys(("முனிவர்", "ரிஷி", "மகரிஷி", "மாமுனி"), _SAGE),
        **dict.fromkeys(("ராஜா", "அரசன்", "மன்னன்", "மகாராஜா", "அரசர்", "மன்னர்"), _KING),
        **dict.fromkeys(("ராணி", "அரசி", "மகாராணி"), _QUEEN),
        **dict.fromkeys(("அப்சரா", "அப்சரஸ்"), _NYMPH),
        "தேவி": _GODDESS,
        **dict.fromkeys(("இளவரசன்", "ராஜகுமாரன்"), _PRINCE),
        **dict.fromkeys(("இளவரசி", "ராஜகுமாரி"), _PRINCESS),
    },
}

# verbs of saying, going and feeling that follow their subject, as their stems: the ending tells the gender
_DOINGS = {
    "hi": "बोल कह कहहिं पूछ चल चलि गय गई आय आई भाग दौड़ रोय रोई हँस हंस डर मुस्कुराय मुस्कुराई घबराय घबराई सोच",
    "bn": "বলল বললেন বলিল বলিলেন কহিল কহিলেন জিজ্ঞেস চলে চলিল চলিলেন গেল গেলেন এল এলেন আসিল কাঁদল কাঁদিল "
    "কাঁদলেন হাসল হাসিল হাসলেন ভয় দৌড়াল ছুটল ফিরল ভাবল ভাবিল",
    "ta": "சொன்ன கூறின என்ற கேட்ட போன சென்ற வந்த ஓடின நடந்த அழுத சிரித்த பயந்த மகிழ்ந்த",
}
# of those, the verbs of going and coming, which things and times do too ("मजदूरी चली गई", "தை வந்தது")
_GOING = {
    "hi": ("चल", "चलि", "गय", "गई", "आय", "आई"),
    "bn": ("চলে", "চলিল", "গেল", "এল", "এলেন", "আসিল", "ফিরল"),
    "ta": ("போன", "சென்ற", "வந்த", "நடந்த"),
}
_TAMIL_NEUTER = ("து", "தன")  # "போனது", "வந்தன": it went, they (things) came
# what stands between the subject and its verb of saying: Hindi's agent ने
_AGENT = {"hi": "ने"}
# the verb's ending -> the gender it tells
_GENDER_ENDINGS = {
    "hi": (("ीं", ""), ("ी", "female"), ("ई", "female"), ("ा", "male"), ("या", "male")),
    "ta": (("ான்", "male"), ("ாள்", "female")),
}
# words of the grammar that stand before such verbs without naming anyone: pronouns, particles, adverbs
_GRAMMAR = {
    "hi": "मैं मैंने हम हमने तू तूने तुम तुमने आप आपने वह वो उसने उन्होंने वे यह ये इसने किसी कोई कौन किसने सब सबने "
    "फिर तब अब जब और भी तो ही धीरे जल्दी वहाँ यहाँ वहां यहां कुछ बहुत ज़ोर जोर चुपचाप अकेला अकेली वापस आगे पीछे "
    "एक उस इस एकदिन सदा हमेशा तुरंत बड़े बड़ा बड़ी",
    "bn": "আমি আমরা তুমি তোমরা আপনি সে তিনি তারা তাঁরা ও এ কেউ সবাই সকলে কে তারপর তখন এখন আবার আর এবং "
    "কিন্তু তবে ধীরে আস্তে জোরে চুপচাপ একা ফিরে হেসে কেঁদে দৌড়ে ছুটে সেও তিনিও খুব খুবই বেশ ভীষণ বড় "
    "এক একটি একদিন সেদিন সেই এই ওই নিজে তাড়াতাড়ি সবসময়",
    "ta": "நான் நாம் நாங்கள் நீ நீங்கள் அவன் அவள் அவர் அவர்கள் அது அவை இவன் இவள் இவர் யார் யாரும் எல்லாரும் "
    "எல்லோரும் பிறகு அப்போது இப்போது மீண்டும் மெதுவாக வேகமாக உடனே அங்கே இங்கே தனியாக அவனும் அவளும் அவரும் "
    "மிகவும் மிக ரொம்ப ஒரு ஒருநாள் அந்த இந்த தானே எப்போதும்",
}


@dataclass(frozen=True)
class _Being:
    """A being found: its name as written, the animal it is ("" for a person), its kind in words, gender,
    age ("" where nothing tells it) and the words that told them."""

    name: str
    animal: str
    kind: str
    gender: str
    age: str
    told_by: str


def cast_indic_characters(
    characters: dict[str, Character],
    identity: dict[str, str],
    language: str,
    text: str,
    character_id: Callable[[str], str],
) -> None:
    """Casts the beings and names of the three readings above that no earlier reading cast, and gives a
    character found by its name alone what its title tells."""
    if language not in LANGUAGES:
        return
    narration = _QUOTED.sub("\n", text)  # what is said in quotes is no narration, and ends a sentence
    for being in [*_gendered_beings(narration, language), *_royal_kin(narration, language)]:
        _cast(characters, being, language, character_id)
    titled = _titled_names(narration, language)
    for being, _ in titled:
        _cast(characters, being, language, character_id)
    names_by_title = Counter(title for _, title in titled)
    for being, title in titled:
        if names_by_title[title] == 1:  # "राजा विक्रम ... राजा बोले": the one king, by his title too
            _drop_title(characters, identity, title, being.name)
    for being in _doers(narration, language, characters):
        _cast(characters, being, language, character_id)


def _cast(characters: dict[str, Character], being: _Being, language: str, character_id: Callable[[str], str]) -> None:
    """A new character, or what the being tells given to the character already cast by its name or, for an
    animal of no name, by its animal."""
    same = next((c for c in characters.values() if c.name == being.name), None)
    if same is None and being.animal:
        same = next((c for c in characters.values() if c.animal == being.animal and not c.crowd), None)
    if same is not None:
        if being.gender and (same.gender == "neutral" or not same.gender_words or being.animal):
            same.gender, same.gender_words = being.gender, [being.told_by]  # type: ignore[assignment]
        if being.age and not same.age_words:
            same.age, same.age_words = being.age, [being.told_by]  # type: ignore[assignment]
        return
    cid = character_id(being.name)
    if cid in characters:
        return
    characters[cid] = Character(
        id=cid,
        name=being.name,
        gender=being.gender or "neutral",  # type: ignore[arg-type]
        age=being.age or "young_adult",  # type: ignore[arg-type]
        language=language,
        style="conversational",
        description=f"gender from {being.told_by if being.gender else 'no evidence'}; age from "
        f"{being.told_by if being.age else 'no evidence'}" + (f"; a {being.kind}" if being.kind else ""),
        gender_words=[being.told_by] if being.gender else [],
        age_words=[being.told_by] if being.age else [],
        animal=being.animal or None,
    )


def _sentences(text: str) -> Iterator[list[str]]:
    """The words of each sentence (each line of verse)."""
    for sentence in _SENTENCE_END.split(text):
        words = _WORD.findall(sentence)
        if words:
            yield words


# --- a gender word and an animal; a title and a word of kin ---------------------------------------------


def _gendered_beings(text: str, language: str) -> list[_Being]:
    genders, animals = _GENDERS[language], animal_words(language)
    found: list[tuple[str, int, _Being]] = []
    for words in _sentences(text):
        for i, word in enumerate(words):
            if word in genders and i + 1 < len(words):  # "मादा हिरण": two words
                animal = _animal(words[i + 1], animals, language)
                joined = False
            else:  # "பெண்மான்": one word
                gender_word = next((g for g in genders if word.startswith(g) and len(word) > len(g) + 1), "")
                animal = _animal(word[len(gender_word) :], animals, language) if gender_word else None
                joined, word = True, gender_word
            if animal is None:
                continue
            name = f"{word}{'' if joined else ' '}{animal[0]}"
            rest = words[i + (1 if joined else 2) :]
            being = _Being(name, animal[1], animal[1], genders[word], "", name)
            found.append((name, _acts(animal[2], rest, language), being))
    return _acting_or_met_again(found)


def _animal(word: str, animals: dict[str, str], language: str) -> tuple[str, str, str] | None:
    """(the animal's word, its key, its case ending) for a word naming an animal, perhaps declined."""
    for base in _bases(word, language):
        if base in animals:
            return base, animals[base], word[len(base) :]
    return None


def _bases(word: str, language: str) -> list[str]:
    """The word itself, then its stems without a case ending, most likely first."""
    out = [word, _indic_base(word, language)] if language != "hi" else [word]
    if language == "ta":
        from filmstudio.script.word_forms import tamil_bases

        out += tamil_bases(word)
    return [b for b in dict.fromkeys(out) if b]


def _royal_kin(text: str, language: str) -> list[_Being]:
    found: list[tuple[str, int, _Being]] = []
    for words in _sentences(text):
        for i, word in enumerate(words):
            for base in _bases(word, language):
                royal = next((r for r in _ROYAL[language] if base.startswith(r)), "")
                gender = _KIN[language].get(base[len(royal) :]) if royal else None
                if gender:
                    being = _Being(base, "", _KIN_KIND[gender], gender, "young_adult", base)
                    found.append((base, _acts(word[len(base) :], words[i + 1 :], language), being))
                    break
    return _acting_or_met_again(found)


# the endings of a noun that is no subject: the object's, the genitive's, a place's
_NOT_SUBJECT = {
    "hi": ("को", "से", "का", "की", "के", "में", "पर", "तक"),
    "bn": ("কে", "র", "ের", "য়ের", "দের", "তে", "য়"),
    "ta": ("ை", "க்கு", "ுக்கு", "ின்", "ிடம்", "ில்", "ோடு", "ால்"),
}


def _acts(ending: str, rest: list[str], language: str) -> int:
    """1 where a being's word opens a clause that goes on to a verb, as its subject: no case ending that
    makes it an object or an owner, no postposition after it."""
    if language == "ta":  # "யானையைப்": the consonant doubled before the next word is no ending
        ending = re.sub("[கசதப]\u0bcd$", "", ending)
    if language == "bn" and ending in ("টি", "টা"):
        ending = ""
    if ending and ending.endswith(_NOT_SUBJECT[language]) or not rest:
        return 0
    if language == "hi" and rest[0] in _NOT_SUBJECT["hi"]:
        return 0
    return 1


def _acting_or_met_again(found: list[tuple[str, int, _Being]]) -> list[_Being]:
    """The beings that act once, or are met twice or more."""
    times = Counter(name for name, _, _ in found)
    acted = {name for name, acts, _ in found if acts}
    return list({b.name: b for name, _, b in found if name in acted or times[name] > 1}.values())


# --- a title before a name ----------------------------------------------------------------------------


def _titled_names(text: str, language: str) -> list[tuple[_Being, str]]:
    """(the being, its title) for each title before a name the text knows as no other word, where the name
    acts or is met again."""
    titles, known = _TITLES[language], _known_words(language)
    found: list[_Being] = []
    title_of: dict[str, str] = {}
    for words in _sentences(text):
        for i, title in enumerate(words[:-1]):
            if title not in titles:
                continue
            word = words[i + 1]
            name, declined = _name_of(word, language)
            if not name or name in known or name in titles or not _may_be_a_name(word, language):
                continue
            kind, gender, age = titles[title]
            title_of[name] = title
            if not declined and _acts("", words[i + 2 :], language):  # a name as the subject
                found.append(_Being(name, "", kind, gender, age, title))
    return [(b, title_of[b.name]) for b in {b.name: b for b in found}.values()]


def _name_of(word: str, language: str) -> tuple[str, bool]:
    """A name without its case ending or an honorific joined to it ("অগস্ত্যদেব"), and whether it had a
    case ending; "" for a word too short to be a name. An ending cut off a conjunct (Bengali
    "বিশ্বামিত্র", whose র is no genitive) is part of the name."""
    base = _indic_base(word, language) if language != "hi" else word
    base = word if base.endswith("\u09cd") else base
    short = next((base[: -len(h)] for h in _JOINED_HONORIFICS if base.endswith(h) and len(base) > len(h) + 2), base)
    return (short if len(short) >= 3 else ""), base != word


# how words end that are no names: a participle or an adverb ("हँसकर", "হেসে", "மெதுவாக", "சிரித்து")
_NOT_NAME_ENDINGS = {"hi": ("कर", "के"), "bn": ("ে",), "ta": ("ாக", "து", "வும்", "ும்")}


def _may_be_a_name(word: str, language: str) -> bool:
    """Whether a word may be a name: no participle, adverb or verb ("কহিল" after "মুনি")."""
    if word.endswith(_NOT_NAME_ENDINGS[language]) or is_verb(word, language, verb_words(language)):
        return False
    if is_indefinite(word, language):  # "किसीने", "কোথাকার", "எவனோ": no one's name
        return False
    return not any(word.startswith(stem) and len(word) <= len(stem) + 3 for stem in _DOINGS[language].split())


def _drop_title(characters: dict[str, Character], identity: dict[str, str], title: str, name: str) -> None:
    """A character cast by the title alone is the one the title names: its lines are the name's."""
    same = next((c for c in characters.values() if c.name == title), None)
    named = next((c for c in characters.values() if c.name == name), None)
    if same is None or named is None:
        return
    characters.pop(same.id)
    for speaker, cid in identity.items():
        if cid == same.id:
            identity[speaker] = named.id


# --- a name that says, goes or feels -------------------------------------------------------------------


def _doers(text: str, language: str, characters: dict[str, Character]) -> list[_Being]:
    """The unknown words that do a verb of saying, going or feeling twice or more, of the gender their
    verbs tell."""
    known = _known_words(language) | {w for c in characters.values() for w in c.name.split()}
    stems = _DOINGS[language].split()
    times: Counter[str] = Counter()
    genders: dict[str, set[str]] = {}
    done: set[str] = set()  # said, felt or ran: what only someone does
    for words in _sentences(text):
        for i, word in enumerate(words[:-1]):
            verb = _verb_after(words, i, stems, language)
            if not verb or len(word) < 3 or word in known or not _may_be_a_name(word, language):
                continue
            if language == "hi" and _hindi_word(word):
                continue
            if language == "ta" and verb.endswith(_TAMIL_NEUTER):
                continue  # "கூலி போனது": a thing's verb (its -து), no one's
            times[word] += 1
            genders.setdefault(word, set()).add(_gender_of(verb, language))
            if not verb.startswith(_GOING.get(language, ())):
                done.add(word)
    out = []
    for word, n in times.items():
        if word not in done:
            continue  # "मजदूरी चली गई": wages, months and roads go and come too; a name also says or feels
        told = genders[word] - {""}
        gender = next(iter(told)) if len(told) == 1 else ""
        if n >= 2:
            out.append(_Being(word, "", "", gender, "", f"{word}'s verbs"))
    return out


def _verb_after(words: list[str], i: int, stems: list[str], language: str) -> str:
    """The verb of saying, going or feeling whose subject the i-th word is: the next word, the one after
    Hindi's ने, or, where the word opens its sentence (after "then", "one day"), the one after a word
    between ("তারপর X বাড়ি চলে গেল"); "" where none is."""
    after = words[i + 1 : i + 3]
    if after[0] == _AGENT.get(language) or set(words[:i]) <= _grammar(language):
        return next((w for w in after if w.startswith(tuple(stems))), "")
    return after[0] if after[0].startswith(tuple(stems)) else ""


def _gender_of(verb: str, language: str) -> str:
    return next((g for ending, g in _GENDER_ENDINGS.get(language, ()) if verb.endswith(ending)), "")


def _hindi_word(word: str) -> bool:
    """Whether Hindi's dictionary knows the word: a common word, or a name any reader knows (cast already)."""
    import simplemma

    return bool(simplemma.is_known(word, lang="hi"))


@lru_cache(maxsize=4)
def _grammar(language: str) -> frozenset[str]:
    return frozenset(_GRAMMAR[language].split())


@lru_cache(maxsize=4)
def _known_words(language: str) -> frozenset[str]:
    """The words of the language the reading knows as something other than a name: its grammar, its words
    for people and animals, its things, places, times and weathers."""
    table = word_data(language)
    out = set(_GRAMMAR[language].split()) | set(_people(language)) | set(animal_words(language))
    out |= set(table.roles) | {w for ws in table.roles.values() for w in ws}
    for lexicon in (vocabulary.things, vocabulary.places, vocabulary.times, vocabulary.weathers):
        out |= set(lexicon(language).names())
    return frozenset(out)
