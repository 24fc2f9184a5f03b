"""People a narration names only once, as the doer of a sentence ("Ines, Bram and Tove walked to the
harbour.", "Then Olek opened the gate."): a name need not recur to be someone in the story when it stands
where a subject stands, right before a verb the reading knows.

A capital opening a sentence says little, so the evidence asked is strict: the word opens its clause (only
adverbs or a time before it, no verb), a verb follows it with no comma between, and the word is no function
word, thing, place, time, kind of being, verb or adverb. A word a dictionary knows ("Ann", but also "Smoke")
needs more: a verb of saying or of feeling after it, a body's verb with more words after it ("Ann sat on the
bench"), another capital listed with it, or the story's "he"/"she" later."""

from __future__ import annotations

import re

import simplemma

from filmstudio.script.lemmas import lemma_of
from filmstudio.script.roles import HONORIFICS, PRONOUNS
from filmstudio.script.speech_verbs import SPEECH_VERBS
from filmstudio.script.staging_words import words_of
from filmstudio.script.time_words import is_time_word
from filmstudio.script.verbs import is_verb, verb_words

# only where a capital marks names alone and the word lists are rich enough to tell a verb
_LANGUAGES = {"en"}
# what may stand right before a subject inside its sentence: the joints of a list or of a clause
_JOINTS = {"and", "but", "then", "so", "while", "as", "when", "until", "till", "because"}
# what never stands right before a subject: "over Port Elder", "the Harbour", "his Ann"
_NOT_BEFORE_SUBJECT = {
    "the", "a", "an", "of", "in", "on", "at", "to", "from", "over", "by", "with", "into", "onto", "for",
    "his", "her", "their", "my", "your", "our", "its", "this", "that", "these", "those", "about", "near",
    "under", "behind", "across", "through", "past", "toward", "towards", "without", "like", "than",
}  # fmt: skip
# the verb classes of staging whose verbs a thing does as well as a person ("Time flew", "Water ran")
_ALSO_OF_THINGS = {"fall", "fly", "go", "arrive", "run", "lie", "open", "chase"}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def once_named_subjects(text: str, language: str, *, not_names: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """Names met as the doer of a sentence, in order, even when met only once."""
    if language not in _LANGUAGES or not text:
        return []
    from filmstudio.script.acting import _narrated as narrated
    from filmstudio.script.mentions import find_mentions
    from filmstudio.script.people import _FUNCTION_WORDS, _NOT_A_NAME, _referred_to_again
    from filmstudio.script.vocabulary import places

    verbs = verb_words(language)
    table = words_of(language)
    feeling = {w for entries in table.expressions.values() for w in entries}
    saying = set(SPEECH_VERBS.get(language, "").split())
    # what a body does ("Ann sat", "Tom waved"), unlike what rain, time or smoke also do (fall, go, run)
    bodily = {w for kind, entries in table.verbs.items() if kind not in _ALSO_OF_THINGS for w in entries}
    lowered = {w.lower() for w in _WORD.findall(text) if w[:1].islower()}
    refused = {w.lower() for w in not_names} | set(places(language).names())
    told_again = _referred_to_again(text, language)

    def plausible(word: str) -> bool:
        low = word.lower()
        if len(word) <= 2 or word.isupper() or low in lowered or low in refused or re.search(r"['’]s$", low):
            return False  # written in lower case too: a common word; "Berta's": an owner, not the doer
        if low in _NOT_A_NAME or low in _FUNCTION_WORDS or low in HONORIFICS or is_time_word(word, language):
            return False
        if low in PRONOUNS or low in _NOT_BEFORE_SUBJECT:
            return False  # "His trembling hands", "The", "Over": grammar's words, never a name
        if is_verb(word, language, verbs) or find_mentions(low, language) or find_mentions(word, language):
            return False  # "Fox ran": a kind of animal; "Sing": a verb
        return not re.search(r"\b(?:the|a|an)\s+" + re.escape(word) + r"\b", text)

    def doing(word: str, verb: str, rest: int) -> bool:
        """Whether `word` is a name, given the verb after it: a word unknown to the dictionary is; a known
        one ("Ann", but also "Smoke") only with more evidence."""
        low = word.lower()
        if not simplemma.is_known(low, lang=language):
            return True
        if low.endswith("ly") or lemma_of(low, language) != low:
            return False  # "Suddenly", "Footsteps"
        v = verb.lower()
        said_or_felt = v in saying or v in feeling or lemma_of(v, language) in saying | feeling
        # a body's verb with where or what after it ("Ann sat on the bench"), not alone ("Silence followed.")
        bodily_act = rest > 0 and (v in bodily or lemma_of(v, language) in bodily)
        return said_or_felt or bodily_act or told_again

    found: list[str] = []
    # what a speaker says is their words: "Grandma said we could go," whispered the boy (narrated() blanks it)
    sentences = re.split(r"(?<=[.!?])[\"'”’»)]*\s+|\n+|[\"“”„«»‘—–]\s*", narrated(text))
    for sentence in sentences:
        spans = list(_WORD.finditer(sentence))
        words = [m.group(0) for m in spans]
        for i, word in enumerate(words):
            if not word[:1].isupper() or (i > 0 and _inside_a_name(sentence, spans, i, language)):
                continue  # the second word of "Port Elder"
            members = _listed(sentence, spans, words, i)  # "Ines, Bram and Tove"
            last = members[-1]
            if last + 1 >= len(words) or words[last + 1][:1].isupper():
                continue  # "New York", "Port Elder": the first word of a longer name
            verb = words[last + 1]
            if "," in sentence[spans[last].end() : spans[last + 1].start()] or not _a_verb(verb, language, verbs):
                continue  # "However, the road ...": no verb of its own
            if lemma_of(verb.lower(), language) == "be" or verb.lower() in {"'s", "’s"}:
                continue  # "London was grey": being says nothing of a person
            before = [w.lower() for w in words[:i]]
            if before and (before[-1] in _NOT_BEFORE_SUBJECT or any(is_verb(w, language, verbs) for w in before)):
                continue  # "over Port Elder", "the dog saw Olek": not the sentence's doer
            if before and before[-1] not in _JOINTS and len(before) > 3:
                continue  # a long run of words before it is a clause of its own, not an opening adverbial
            names = [words[k] for k in members if plausible(words[k])]
            if len(names) != len(members):
                continue  # a list with a thing in it ("Bread and Salt") is no list of people
            if len(names) > 1 and all(lemma_of(n.lower(), language) == n.lower() for n in names):
                found.extend(names)  # capitals listed as doers, none a plural: people named together
            else:
                found.extend(n for n in names if doing(n, verb, len(words) - last - 2))
    return list(dict.fromkeys(found))


# a sentence's opening adverb, which a capital opens as it opens any first word: "Then Olek ...", "Quietly Sven"
_OPENERS = {"then", "now", "soon", "later", "still", "once", "meanwhile", "afterwards", "finally", "however"}


def _inside_a_name(sentence: str, spans: list[re.Match[str]], i: int, language: str) -> bool:
    """Whether the i-th word goes on a capitalised word right before it ("Port Elder"), not an opening
    adverb ("Then Olek") nor a list ("Ines, Bram")."""
    from filmstudio.script.people import _FUNCTION_WORDS

    previous = spans[i - 1].group(0)
    if not previous[:1].isupper() or sentence[spans[i - 1].end() : spans[i].start()].strip():
        return False
    low = previous.lower()
    opener = low in _OPENERS or low in _FUNCTION_WORDS or low.endswith("ly") or is_time_word(previous, language)
    return not (i == 1 and opener)


def _listed(sentence: str, spans: list[re.Match[str]], words: list[str], i: int) -> list[int]:
    """The positions of the capitalised words listed from the i-th: "Ines, Bram and Tove" -> three."""
    members, k = [i], i
    while k + 1 < len(words):
        gap = sentence[spans[k].end() : spans[k + 1].start()].strip()
        if words[k + 1] == "and" and gap in ("", ",") and k + 2 < len(words) and words[k + 2][:1].isupper():
            members.append(k + 2)
            break
        if gap == "," and words[k + 1][:1].isupper():
            members.append(k + 1)
            k += 1
            continue
        break
    return members


def _a_verb(word: str, language: str, verbs: frozenset[str]) -> bool:
    """A verb the reading knows, or a past form the dictionary brings back to another word ("fed", "met",
    "waited"), not a plural ("streets") nor a word its own lemma ("rose")."""
    low = word.lower()
    if low.endswith("ing"):
        return False  # "His trembling hands": a participle describes; a subject's verb is finite
    if is_verb(word, language, verbs):
        return True
    lemma = lemma_of(low, language)
    return lemma != low and (low.endswith("ed") or not low.endswith("s")) and not low.endswith("'s")
