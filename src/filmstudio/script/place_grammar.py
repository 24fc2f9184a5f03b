"""The grammar that says a place a scene names is not where its people are: the place only locates another
named just before it ("a little house at the edge of the wood": the house), the place come from ("revint du
village", "tornò dal villaggio"), a place never been to ("had never been to the sea", "nie am Meer gewesen",
"海に行ったことがありません", "从来没去过海边"), one only wished for ("wished he could go to the sea"), and the goal
someone else leaves for while the scene's people stay ("The mother went off to the forest. The children
played…"). Each pattern is a closed class of a language's grammar. Read on lower-cased text by
script/scenes.py, which weighs each naming of a place by them."""

from __future__ import annotations

import re

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.closed_words import closed_words

# -- a place that only locates the one named just before it ------------------------------------------------
# the place, a preposition of where it stands (a part of the other place between: "at the edge of"), the other
_PART = {
    "en": r"(?:(?:at|on|by)\s+the\s+(?:edge|end|foot|top|side|skirts|outskirts|border|bank|shore)s?\s+of\s+)",
    "fr": r"(?:(?:au|en)\s+(?:bord|bout|pied|fond|haut|milieu|orée|lisière)\s+(?:de\s+la|de\s+l'|du|des|d')\s*)",
    "de": r"(?:am\s+(?:rand|rande|ende|fuß|fuße|ufer)\s+(?:des|der|eines|einer)\s+)",
    "it": r"(?:(?:in|al|ai)\s+(?:riva|fondo|limitare|margine|piedi|cima)\s+(?:al|alla|allo|del|della|dello|di)\s*)",
    "pt": r"(?:(?:à|na|no|ao)\s+(?:beira|orla|margem|fundo|pé|borda)\s+(?:do|da|de)\s+)",
}
_LOCATING = {
    "en": r"(?:in|on|near|by|beside|outside|behind|under|at)\s+",
    "fr": r"(?:dans|près\s+de|près\s+du|sur|derrière|au\s+milieu\s+de)\s+",
    "de": r"(?:im|am|in|an|bei|beim|hinter|neben)\s+",
    "it": r"(?:nel|nella|presso|vicino\s+al|vicino\s+alla|sul|sulla|in)\s+",
    "pt": r"(?:no|na|perto\s+d[oa]|junto\s+a[o]?|em)\s+",
}
_DETERMINERS = {
    "en": r"(?:(?:the|a|an|this|that)\s+)?",
    "fr": r"(?:(?:la|le|les|un|une)\s+|l')?",
    "de": r"(?:(?:der|die|das|den|dem|des|einem|einer|eines)\s+)?",
    "it": r"(?:(?:il|la|lo|un|una)\s+|l')?",
    "pt": r"(?:(?:o|a|um|uma)\s+)?",
}


def locates_another(low: str, start: int, language: str) -> bool:
    """Whether a place is named only to say where a place named right before it stands ("a little house at the
    edge of the wood", "une cabane au bord de la rivière", "ein Häuschen am Rande des Waldes")."""
    if language not in _LOCATING:
        return False
    way = rf"(?:{_PART[language]}|{_LOCATING[language]})"
    # the place before is a noun with its article ("a little house"): not "at home in the kitchen"
    head = rf"{_HEAD_ARTICLES[language]}\s+(?:[^\W\d_]+\s+)?(?P<head>[^\W\d_]+)"
    hit = re.search(rf"{head}\s+{way}{_DETERMINERS[language]}(?:[^\W\d_]+\s+)?$", low[max(0, start - 60) : start])
    # "a path in the forest" is in the forest: a way runs through the place, it does not stand in it
    keys = {m.key for m in vocabulary.places(language).find(hit.group("head"))} if hit else set()
    return bool(keys) and "road" not in keys


_HEAD_ARTICLES = {
    "en": r"(?<!\w)(?:a|an|the|his|her|their|its|our|my)",
    "fr": r"(?<!\w)(?:une?|la|le|sa|son|leur)",
    "de": r"(?<!\w)(?:ein|eine|einem|einer|das|die|der|dem|sein|seine|ihr|ihre)",
    "it": r"(?<!\w)(?:una?|la|il|lo|sua|suo)",
    "pt": r"(?<!\w)(?:uma?|a|o|sua|seu)",
}


# -- the place come from: a verb of coming, then the preposition of whence ---------------------------------
_CAME_FROM = {
    "fr": r"(?<!\w)(?:revin\w*|reven\w*|vin(?:t|rent)|ven(?:ait|aient|ant)|rentr\w+|retourn\w+|sort\w+)\s+"
    r"(?:[^\W\d_]+\s+)?(?:du|des|de\s+la|de\s+l'|d')\s*$",
    "it": r"(?<!\w)(?:torn\w+|ritorn\w+|rientr\w+|venne|vennero|veniva|venivano|usc\w+)\s+(?:[^\W\d_]+\s+)?"
    r"(?:dal|dalla|dallo|dai|dalle|dagli|dall')\s*$",
    "pt": r"(?<!\w)(?:volt\w+|regress\w+|veio|vieram|vinha|vinham|saiu|saíram)\s+(?:[^\W\d_]+\s+)?(?:do|da|dos|das)\s+$",
    "es": r"(?<!\w)(?:volv\w+|vuelv\w+|regres\w+|vino|vinieron|venía|venían|salió|salieron)\s+(?:[^\W\d_]+\s+)?"
    r"(?:desde|de|del)\s+(?:(?:el|la|los|las)\s+)?$",
}


def came_from(low: str, start: int, language: str) -> bool:
    """Whether a place is named as the one someone comes or comes back from ("revint du village")."""
    pattern = _CAME_FROM.get(language)
    return bool(pattern and re.search(pattern, low[max(0, start - 50) : start]))


# -- a place never been to, and one only wished for ------------------------------------------------------
# the denial and the verb of going or being in the place's clause (the verb's participle in most languages)
_NEVER = {
    "en": r"\b(?:never|not|n't|no\s+one|nobody)\s+(?:\w+\s+){0,3}?(?:been|gone|go|went|travell?ed|visited|visit|"
    r"set\s+foot|seen|see|saw)\b",
    "de": r"(?<!\w)(?:nie|niemals|nicht|noch\s+nie)(?!\w)[^.!?;]*(?<!\w)(?:gewesen|gefahren|gegangen|gereist|besucht|"
    r"gesehen)(?!\w)",
    "fr": r"(?<!\w)(?:jamais|n'|ne\s)[^.!?;]*(?<!\w)(?:allée?s?|été|venue?s?|visité|vue?s?|rendue?s?)(?!\w)",
    "es": r"(?<!\w)(?:nunca|jamás|no)\s+(?:\w+\s+){0,3}?(?:ido|estado|visitado|viajado|visto|fue|fueron|estuvo|"
    r"estuvieron)(?!\w)",
    "it": r"(?<!\w)(?:mai|non)\s+(?:\w+\s+){0,3}?(?:andat[oaie]|stat[oaie]|visitat[oaie]|vist[oaie])(?!\w)",
    "pt": r"(?<!\w)(?:nunca|jamais|não)\s+(?:\w+\s+){0,3}?(?:ido|estado|visitado|visto|foi|foram|esteve|estiveram)"
    r"(?!\w)",
    "ru": r"(?<!\w)(?:никогда|ни\s+разу|не)\s+(?:\w+\s+){0,2}?(?:был[аио]?|бывал[аио]?|ездил[аи]?|ходил[аи]?|"
    r"видел[аи]?)\s+(?:в|во|на)\s+$",
    "zh": r"(?:没有?|从没|从来没有?|未曾)(?:去|到|来)过[^，。！？]{0,2}$",
}
_NEVER_AFTER = {
    "ja": r"^(?:の(?:中|なか))?(?:に|へ)(?:行|い|き|来)(?:っ)?たことが(?:ない|なかった|ありません|ありませんでした)",
    "hi": r"^\s*(?:में\s+|को\s+)?(?:\S+\s+)?(?:कभी\s+)?(?:नहीं|न)\s+(?:गया|गई|गए|गयी|आया|आई|देखा)",
}
# a wish put with a modal ("wished he could go to the sea", "if only we could sail to the island")
_COULD = {
    "en": r"\b(?:wish(?:ed|es)?|if\s+only|longed)\s+(?:that\s+)?(?:\w+\s+)?(?:could|might|would)\s+(?:\w+\s+)?"
    r"(?:go|walk|run|ride|travel|visit|fly|sail|swim|return|live|be)\b",
}


def never_been_or_wished(low: str, start: int, end: int, language: str) -> bool:
    """Whether a place is named as one someone has never been to, or only wishes they could go to."""
    after = _NEVER_AFTER.get(language)
    if after is not None:
        return bool(re.match(after, low[end : end + 30]))
    clause = re.split(r"[.!?;:,。！？，]", low[max(0, start - 80) : start])[-1]
    sentence_end = re.split(r"[.!?;。！？]", low[end : end + 60])[0]
    pattern, could = _NEVER.get(language), _COULD.get(language)
    if could and re.search(could, clause):
        return True
    if pattern is None:
        return False
    if language in ("de", "fr"):  # the participle closes the clause: "nie am Meer gewesen"
        return bool(re.search(pattern, clause + low[start:end] + sentence_end))
    return bool(re.search(pattern, clause))


# -- the goal someone else leaves for, while the scene's people stay ---------------------------------------
# a verb of going right before the goal, where the case alone does not tell it (scenes.py reads the case)
_GOING_BEFORE = {
    "ru": r"(?<!\w)(?:ушл[аи]|ушёл|ушел|уехал[аи]?|пошл[аи]|пошёл|пошел|поехал[аи]?|отправил(?:ся|ась|ись)|"
    r"побежал[аи]?)\s+(?:[^\W\d_]+\s+){0,2}?(?:в|во|на|к|ко)\s+$",
    "fr": r"(?<!\w)(?:partit|partirent|alla|allèrent|s'en\s+alla|s'en\s+allèrent)\s+(?:dans|à|au|aux|vers|en)\s+"
    r"(?:(?:la|le|les)\s+|l')?$",
}
_GOING_AFTER = {"hi": r"^\s*(?:को\s+|की\s+ओर\s+|की\s+तरफ़?\s+)?(?:गया|गई|गए|गयी|चला|चली|चले)(?![^\s।,])"}
# the words that open a sentence before its subject, and the pronouns that go on with the one who went
_OPENERS = {
    "en": {"the", "a", "an", "his", "her", "their", "its", "my", "our", "then", "and", "but", "so"},
    "de": {"der", "die", "das", "ein", "eine", "sein", "seine", "ihr", "ihre", "dann", "und", "aber"},
    "fr": {"le", "la", "les", "l", "un", "une", "son", "sa", "ses", "leur", "leurs", "puis", "et", "mais"},
    "es": {"el", "la", "los", "las", "un", "una", "su", "sus", "luego", "y", "pero"},
    "it": {"il", "la", "lo", "i", "le", "gli", "l", "un", "una", "suo", "sua", "poi", "e", "ma"},
    "pt": {"o", "a", "os", "as", "um", "uma", "seu", "sua", "depois", "e", "mas"},
    "ru": {"а", "и", "но", "потом", "тогда"},
    "hi": {"और", "फिर", "तब"},
}
_GOERS = {
    "en": {"he", "she", "it", "they", "i", "we", "you", "there"},
    "de": {"er", "sie", "es", "ich", "wir", "du", "ihr", "dort", "da"},
    "fr": {"il", "elle", "ils", "elles", "je", "nous", "on", "là", "y"},
    "es": {"él", "ella", "ellos", "ellas", "yo", "allí", "allá", "ahí"},
    "it": {"lui", "lei", "loro", "io", "noi", "lì", "là"},
    "pt": {"ele", "ela", "eles", "elas", "eu", "nós", "lá", "ali"},
    "ru": {"он", "она", "оно", "они", "я", "мы", "ты", "вы", "там"},
    "hi": {"वह", "वे", "उसने", "उन्होंने", "मैं", "हम", "वहाँ", "वहां"},
    "ja": {"彼", "彼女", "そこ"},
    "zh": {"他", "她", "它", "他们", "她们", "那里", "那儿", "在那"},
}
# "there" after the goal: the text went there with the one who left ("There she gathered wood")
_THERE_AFTER = {
    "en": r"\bthere\b",
    "de": r"(?<!\w)(?:dort|da\s+drinnen)(?!\w)",
    "fr": r"(?<!\w)là(?!\w)",
    "es": r"(?<!\w)(?:allí|allá|ahí)(?!\w)",
    "it": r"(?<!\w)(?:lì|là)(?!\w)",
    "pt": r"(?<!\w)(?:lá|ali)(?!\w)",
    "ru": r"(?<!\w)там(?!\w)",
    "hi": r"(?:वहाँ|वहां)",
    "ja": r"そこ",
    "zh": r"那里|那儿",
}
_SENTENCES = r"(?<=[.!?;。！？।])\s*"


def _subject(sentence: str, language: str) -> str:
    """The first word of a sentence after its article and connectives (before は or が in Japanese, its first
    two characters in Chinese): the one it tells of."""
    if language == "ja":
        return re.split(r"[はが、]", sentence, maxsplit=1)[0]
    if language == "zh":
        return sentence[:2]
    words = [w for w in re.findall(r"[^\W\d_]+", sentence) if w not in _OPENERS.get(language, set())]
    return words[0] if words else ""


def left_for_by_others(
    low: str, start: int, end: int, language: str, *, towards: bool, thing_places: dict[str, str]
) -> bool:
    """Whether a place is named as the goal someone goes to (`towards`: its case or its preposition says so)
    while a later sentence of the scene tells of someone else, and none goes there with them ("The mother went
    off to the forest. The children played with the kitten."): the scene stays with those who stay.
    `thing_places`: the setting each thing stands in (a tree: the forest)."""
    if language not in _GOERS:
        return False
    before, after = _GOING_BEFORE.get(language), _GOING_AFTER.get(language)
    going = towards or bool(before and re.search(before, low[max(0, start - 50) : start]))
    going = going or bool(after and re.match(after, low[end : end + 20]))
    if not going:
        return False
    opening = max(low.rfind(stop, 0, start) for stop in ".!?;。！？।") + 1
    closing = next((i + 1 for i in range(end, len(low)) if low[i] in ".!?;。！？।"), len(low))
    goer, rest = _subject(low[opening:start], language), low[closing:]
    if not goer or not rest.strip() or re.search(_THERE_AFTER[language], rest):
        return False
    # the things of the goal named after it ("Meera followed him among the tall trees"): the text went there
    # (not in a sentence that names the goal itself: "went to the forest for mushrooms" is that going again)
    goal = {m.key for m in vocabulary.places(language).find(low[start:end])}
    sentences = [s for s in re.split(_SENTENCES, rest) if s.strip()]
    elsewhere = " ".join(s for s in sentences if low[start:end] not in s)
    if any(thing_places.get(t.key) in goal for t in vocabulary.things(language).find(elsewhere)):
        return False
    later = [_subject(s, language) for s in sentences]
    return any(_someone_else(s, goer, language) for s in later)


def _someone_else(subject: str, goer: str, language: str) -> bool:
    """Whether a later sentence's subject is someone other than the one who went: not the goer, not a pronoun
    that goes on with them, not a thing or a beast ("The fish jumped") nor a place."""
    pronouns = _GOERS[language]
    if not subject or subject == goer or subject in pronouns or subject.startswith(tuple(pronouns)):
        return False
    if subject in closed_words(language):  # "On the way he passed…": an adverbial opens it, not a person
        return False
    return not vocabulary.things(language).find(subject) and not vocabulary.places(language).find(subject)
