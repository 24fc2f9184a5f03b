"""A person named by a common noun who does one thing in the narration is in the story: "The poor widow wept.", "A
tired traveller sat by the hearth.", "Le vieux marin s'assit.", "Der alte Seemann seufzte." The noun opens its
clause after an article (and any describing words; a demonstrative points back to one met), and the word after it is
a finite verb whose subject it is: any verb, told by its form (an "-ed", an "-s" whose lemma is another word, an
irregular past the dictionary takes back to its verb, a Romance form whose lemma is an infinitive) or by the verb
tables.

Not someone met: a generic one ("Every sailor knows", "A widow often weeps"), one who does not ("The
sailor did not come"), one in a likeness or in speech (left out before this is asked), and a newcomer
brought in with "a" for one deed while the story turns straight back to someone else ("A baby cries two
rows back. Sofia reads.": the background). Someone's ("her nurse") is relation_people.py's."""

from __future__ import annotations

import re
from collections.abc import Iterable

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.acting import Mention, in_speech
from filmstudio.script.closed_words import closed_words
from filmstudio.script.lemmas import lemma_of
from filmstudio.script.newcomers import continued_by_pronoun
from filmstudio.script.person_acts import _CLITICS, _inflected_verb, _one
from filmstudio.script.persons import describing_words, person_words
from filmstudio.script.verbs import is_verb, verb_words

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CLAUSE = re.compile(r"[.!?;:,\n\"“”„«»—–()]")

# the articles that bring a noun in as someone (a possessive is relation_people.py's); a demonstrative points
# back to one met already ("cette bonne femme", "aquella mujer", "this good man"): never someone new
_ARTICLES = {
    "en": ({"the"}, {"a", "an"}),
    "es": ({"el", "la"}, {"un", "una"}),
    "fr": ({"le", "la", "l'"}, {"un", "une"}),
    "it": ({"il", "lo", "la", "l'"}, {"un", "uno", "una", "un'"}),
    "pt": ({"o", "a"}, {"um", "uma"}),
    "de": ({"der", "die", "das"}, {"ein", "eine"}),
}
# the bare words for a grown person, which name no one in particular
_ANYONE = {
    "en": {"man", "woman", "person", "fellow", "creature"},
    "es": {"hombre", "mujer", "persona"},
    "fr": {"homme", "femme", "personne"},
    "it": {"uomo", "donna", "persona"},
    "pt": {"homem", "mulher", "pessoa"},
    "de": {"mann", "frau", "mensch", "person"},
}
# the words that make a subject anyone of its kind, or no one: "every sailor", "no man", "chaque marin"
_GENERIC_BEFORE = {
    "en": {"every", "each", "any", "no", "like", "as", "than", "if", "whenever", "not"},
    "es": {"cada", "todo", "toda", "ningún", "ninguna", "como", "que", "si", "no"},
    "fr": {"chaque", "tout", "toute", "aucun", "aucune", "comme", "que", "si", "pas"},
    "it": {"ogni", "ciascun", "nessun", "nessuna", "come", "che", "se", "non"},
    "pt": {"cada", "todo", "toda", "nenhum", "nenhuma", "como", "que", "se", "não"},
    "de": {"jeder", "jede", "kein", "keine", "wie", "als", "wenn", "nicht"},
}
# the words after the noun that make the deed a habit or no deed: "often weeps", "did not come", "ne vint pas"
_HABIT_OR_NOT = {
    "en": {"often", "always", "usually", "sometimes", "seldom", "rarely", "never", "not", "generally"},
    "es": {"siempre", "nunca", "jamás", "no", "suele", "suelen", "a menudo"},
    "fr": {"toujours", "souvent", "jamais", "ne", "n'", "pas"},
    "it": {"sempre", "spesso", "mai", "non", "suole"},
    "pt": {"sempre", "nunca", "jamais", "não", "costuma"},
    "de": {"immer", "oft", "nie", "niemals", "nicht", "meistens", "gewöhnlich", "pflegt"},
}
# English auxiliaries: a deed follows ("was weeping", "had gone", "could see"), unless "not" does
_AUXILIARIES = {"did", "does", "was", "were", "had", "has", "could", "would", "will", "might", "must", "can", "should"}
# adverbs that may stand between an English subject and its verb ("the widow slowly rose", "then sat")
_BETWEEN = {"then", "now", "also", "still", "soon", "just", "at", "once", "suddenly"}


def acts_once(text: str, mentions: Iterable[Mention], gender: str, language: str) -> bool:
    """Whether one of a person's mentions, one and not someone's, is the subject of a finite verb."""
    if language not in _ARTICLES:
        return False
    return any(
        not (
            m.plural
            or m.possessed
            or getattr(m, "owner_named", False)
            or in_speech(text, m)
            or _in_single_quotes(text, m.start)
        )
        and re.match(r"['’]s\b", text[m.end : m.end + 3]) is None  # "the sailor's pipe": an owner
        and _one(text, m, language)
        and _deed_after(text, m.end, language)
        and _met_as_subject(text, m, gender, language)
        for m in mentions
    )


# a straight or curly single quote that opens words said, and one that closes them (not "don't")
_OPENS = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘](?=[^\W\d_])", re.M)
_CLOSES = re.compile(r"(?<=[^\s])['’](?=[\s,.;:!?)]|$)", re.M)


def _in_single_quotes(text: str, at: int) -> bool:
    """Whether a word stands inside words said in single quotes, in its paragraph ("'The widow wept,' said
    Tom"): the straight quote, which the speech reader leaves to apostrophes, counted here."""
    paragraph = text[text.rfind("\n\n", 0, at) + 1 : at]
    return len(_OPENS.findall(paragraph)) > len(_CLOSES.findall(paragraph))


def _met_as_subject(text: str, mention: Mention, gender: str, language: str) -> bool:
    """Whether the noun opens its clause after an article (and describing words) of one met: definite, or
    indefinite where the story does not turn straight to someone else."""
    before = _CLAUSE.split(text[max(0, mention.start - 120) : mention.start])[-1]
    words = [w.lower() for w in _WORD.findall(before.replace("'", "' ").replace("’", "’ "))]
    definite, indefinite = _ARTICLES[language]
    at = next((k for k in range(len(words) - 1, -1, -1) if words[k] in definite | indefinite), None)
    if at is None or len(words) - at > 4:
        return False
    opening, describing = words[:at], words[at + 1 :]
    if len(opening) > 2 or set(opening) & _GENERIC_BEFORE[language]:
        return False  # "Tom saw the widow", "every sailor", "as tall as the sailor"
    verbs = verb_words(language)
    if any(is_verb(w, language, verbs) and w not in _BETWEEN for w in opening):
        return False
    if any(is_verb(w, language, verbs) or w in person_words(language) or "'" in w or "’" in w for w in describing):
        return False  # "a fisherman's wife": the wife of someone, whom relation_people.py reads
    if words[at] in definite:
        # "the poor man", "la pobre mujer": the bare word for a person, with "the", is an epithet of one the
        # story has met; someone new comes with "a"
        return lemma_of(text[mention.start : mention.end].lower(), language).lower() not in _ANYONE.get(language, ())
    # "A baby cries two rows back. Sofia reads.": a newcomer met for one deed amid a story of others is
    # its background; one the telling opens with, and goes on with or ends at, is met
    paragraph = text[text.rfind("\n\n", 0, mention.start) + 1 : mention.start]
    if re.search(r"[.!?…]", paragraph):
        return False
    after = text[mention.end : mention.end + 300]
    return not _turns_away(after, gender, language) and (
        _last_sentence(after) or continued_by_pronoun(after, gender, language)
    )


def _last_sentence(after: str) -> bool:
    """Whether nothing follows the sentence in its paragraph."""
    found = re.search(r"[.!?…]+[\"”»’]*[ \t]+(?=\S)", after)
    return found is None or "\n\n" in after[: found.start()]


def _deed_after(text: str, end: int, language: str) -> bool:
    """Whether the word after a subject noun (past an adverb or an object's pronoun) is a finite verb."""
    clause = _CLAUSE.split(text[end : end + 120])[0]
    words = [w.lower() for w in _WORD.findall(clause.replace("'", "' ").replace("’", "’ "))]
    if language == "en":
        words = [w for w in words[:4] if not (w.endswith("ly") and len(w) > 4) and w not in _BETWEEN]
    else:
        words = [w for w in words[:4] if w not in _CLITICS.get(language, ()) and w not in {"s'", "l'", "sich"}]
    if not words or words[0] in _HABIT_OR_NOT[language] or set(words[:3]) & {"not", "n't", "pas", "nicht"}:
        return False
    first = words[0]
    if language != "en":
        return _finite(first, language)
    if first in _AUXILIARIES:
        return len(words) > 1 and (_english_finite(words[1]) or words[1].endswith("ing"))
    # "a hunter walked past.", "a man went by": one passing, whose deed is that they pass
    return _english_finite(first) and words[1:] not in (["past"], ["by"])


# the English irregular pasts that are written as their verb's base or the dictionary leaves as they are
# ("put", "rose", "left"); the others it takes back to their verb ("sat" → "sit", "wept" → "weep")
_IRREGULAR_PASTS = frozenset(
    [
        "bore",
        "beat",
        "bent",
        "bet",
        "bid",
        "bit",
        "broke",
        "burst",
        "cast",
        "cost",
        "cut",
        "felt",
        "hit",
        "hurt",
        "left",
        "let",
        "put",
        "quit",
        "read",
        "rose",
        "set",
        "shook",
        "shed",
        "shot",
        "shut",
        "slew",
        "slit",
        "split",
        "spread",
        "thought",
        "thrust",
        "trod",
        "wed",
        "won",
        "wound",
    ]
)


def _english_finite(word: str) -> bool:
    """An English verb's finite form: "-ed", an "-s" form or an irregular past the dictionary takes back to
    a verb ("sat", "wept", "knocks"), or a verb of the tables ("put"); no noun, adjective or function word."""
    if word in _IRREGULAR_PASTS:
        return True  # "put", "felt": stopwords too
    if word in closed_words("en") or word in describing_words("en") or word in person_words("en"):
        return False
    lemma = lemma_of(word, "en")
    if lemma in person_words("en") or lemma in describing_words("en") or word.endswith(("er", "est", "ing")):
        return False  # "the sailor boys", "the widow older": a noun's plural, an adjective's degree
    if word.endswith("ed") and len(word) > 4:
        return True
    return lemma != word or is_verb(word, "en", verb_words("en"))


# the verbs of being, which say what a noun is, not what it does ("el comedor estaba vacío")
_BEING = frozenset({"ser", "estar", "être", "essere", "stare", "sein", "ficar", "parecer", "sembrare", "sembler"})


def _finite(word: str, language: str) -> bool:
    """A Romance or German verb: of the tables, or a form whose lemma is another word ending as an
    infinitive ("lloró" → "llorar", "seufzte" → "seufzen"); no verb of being."""
    if word in describing_words(language) or word in person_words(language) or lemma_of(word, language) in _BEING:
        return False
    if is_verb(word, language, verb_words(language)) or _inflected_verb(word, language):
        return True
    lemma = lemma_of(word, language)
    return language == "de" and lemma != word and lemma.endswith("en")


ARTICLED = frozenset(_ARTICLES)

# the subject pronouns of one person, by the gender they tell
_PRONOUNS = {
    "en": {"he": "male", "she": "female", "i": "", "we": "", "they": ""},
    "de": {"er": "male", "sie": "female", "ich": "", "wir": ""},
    "fr": {"il": "male", "elle": "female", "je": "", "nous": ""},
    "es": {"él": "male", "ella": "female", "yo": ""},
    "it": {"lui": "male", "lei": "female", "egli": "male", "ella": "female", "io": ""},
    "pt": {"ele": "male", "ela": "female", "eu": ""},
}


def _turns_away(after: str, gender: str, language: str) -> bool:
    """Whether the next sentence opens with someone else: a name, another's pronoun, an article's person
    ("A baby cries. Sofia reads.", "Un criado entró. El rey sonrió.", "Ein Diener kam. Sie lachte.")."""
    found = re.search(r"[.!?…]+[\"”»’]*[ \t]+(?=\S)", after)
    if found is None or "\n\n" in after[: found.start()]:
        return False
    words = _WORD.findall(after[found.end() : found.end() + 60])
    if not words:
        return False
    first = words[0].lower()
    pronouns = _PRONOUNS[language]
    if first in pronouns:
        return pronouns[first] != "" and bool(gender) and pronouns[first] != gender or pronouns[first] == ""
    definite, indefinite = _ARTICLES[language]
    if first in definite | indefinite and len(words) > 1:
        return any(lemma_of(w.lower(), language) in person_words(language) for w in words[1:3])
    return words[0][:1].isupper() and first not in closed_words(language) and language != "de"


def _a_noun(word: str, language: str) -> bool:
    """Whether the lexicons name a word as a thing, a place or a time ("ship", "village", "morning")."""
    lexicons = (vocabulary.things(language), vocabulary.places(language), vocabulary.times(language))
    forms = (word,) if _a_participle(word, language) else (word, lemma_of(word, language))
    return any(lexicon.names().get(w) for lexicon in lexicons for w in forms)


def _a_participle(word: str, language: str) -> bool:
    """An English -ed or -ing form describes ("a tired traveller"): its lemma is a verb's, though a noun may
    share it ("tire")."""
    return language == "en" and word.endswith(("ed", "ing")) and lemma_of(word, language) != word


def article_past_adjectives(
    text: str, tokens: list[tuple[int, int, str]], j: int, determiners: set[str], language: str
) -> str:
    """The article of "a tired traveller", "the poor widow": one or two words in lower case between an
    article and its person noun, no punctuation between, that are no verb, no noun of a thing, no person
    and no function word, describe the noun ("the ship captain" keeps its thing to itself)."""
    verbs = verb_words(language)
    closed = closed_words(language)
    for k in range(j, max(-1, j - 3), -1):
        word = tokens[k][2]
        low = word.lower()
        if low in determiners:
            return low if k < j and low in _ARTICLES[language][0] | _ARTICLES[language][1] else ""
        if (
            not word.islower()
            or _singles_out(low, language)
            or text[tokens[k][1] : tokens[k + 1][0]].strip()
            or low in closed
            or is_verb(low, language, verbs)
            or low in person_words(language)
            or _a_noun(low, language)
        ):
            return ""
    return ""


def _singles_out(word: str, language: str) -> bool:
    """A superlative or an ordinal picks one out of a group ("the eldest kid", "the second sailor"): a name of
    its own, which the reading of cues and groups keeps whole, not a describing word to pass over."""
    if language != "en":
        return False
    ordinal = word in {"first", "second", "third", "fourth", "fifth", "last", "next", "other"}
    irregular = word in {"eldest", "best", "worst", "least", "most", "foremost"}  # the lemmatiser keeps these
    return ordinal or irregular or (word.endswith("est") and lemma_of(word, "en") not in (word, ""))
