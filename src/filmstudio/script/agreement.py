"""The gender a named subject's own words agree in, where the grammar states it (people.py's infer_traits asks
before pronouns and before any guess from how a name ends):

- Russian and Ukrainian past tenses agree with their subject: "Маша сказала" (she), "Никита пошёл",
  "Оксана повернулася", "Микола сказав" (he). A plural ("ребята пошли") makes the name a group, male or
  mixed, never a woman for its "-а". A verb right before a name that ends its clause is the name's
  ("— Иди, — сказала Саша.").
- Spanish, Italian, Portuguese and French adjectives and participles after a verb of being agree with its
  subject: "Lucía estaba cansada", "Andrea era stanco", "Inês ficou sozinha", "Jeanne est partie",
  "Dominique était fatiguée". A word is read as agreeing only where the language knows both its forms
  (cansada / cansado, fatiguée / fatigué, partie / parti): an adverb ("cerca"), an epicene ("triste",
  "felice") or a closed-class word ("como", "toda") tells nothing.
- A name after a preposition is no subject ("A Lucía le parecía extraño", "у Никиты").
- What speakers say of themselves agrees the same way ("я устала", "estoy cansado", "je suis partie"):
  builder.py lets it overrule a gender guessed from the name alone.

Each vote is (word, gender, ""), as people.py's role words are."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from filmstudio.script.lemmas import lemma_of

Vote = tuple[str, str, str]
_WORD = re.compile(r"[^\W\d_]+['’]?")
# a clause ends at a mark; its subject's verb comes before it
_CLAUSE_END = re.compile(r"[.,;:!?…—–\n\"“”«»()]")


# --- Russian and Ukrainian past tense ----------------------------------------------------------------------

# an infinitive, as a lemma of a verb ends: сказать, идти, мочь, вернуться; сказати, могти, повернутися
_INFINITIVE = {"ru": re.compile(r"(?:ть|ться|ти|тись|чь|чься)$"), "uk": re.compile(r"(?:ти|тися|тись|чи|ть)$")}
# the past tense's endings: -ла (she), -ли (they), -ло (it); he has -л in Russian (-в in Ukrainian) or,
# in verbs whose stem ends so, a bare consonant (мог, вырос, умер; міг, ріс, помер)
_PAST = {
    "ru": (("female", r"(?:ла|лась)"), ("plural", r"(?:ли|лись)"), ("neuter", r"(?:ло|лось)"),
           ("male", r"(?:[лсзкгбрхп])(?:ся)?")),
    "uk": (("female", r"(?:ла|лася|лась)"), ("plural", r"(?:ли|лися|лись)"), ("neuter", r"(?:ло|лося)"),
           ("male", r"(?:[влсзкгбр])(?:ся)?")),
}  # fmt: skip


def past_tense_gender(word: str, language: str) -> str | None:
    """The gender ("female", "male"), "plural" or "neuter" of a Russian or Ukrainian past tense, else None."""
    low = word.lower()
    if len(low) < 3 or language not in _PAST:
        return None
    lemma = lemma_of(low, language)
    if lemma == low or not _INFINITIVE[language].search(lemma):
        return None  # a noun ("игла", "стол"), an adverb ("долго") or the infinitive itself
    return next((g for g, ending in _PAST[language] if re.search(ending + "$", low)), None)


_WITH = {"и", "с", "со", "да", "і", "й", "та", "з", "зі", "із"}  # "Маша с Петей пошли": a pair's plural


def _slavic_votes(before: str, after: str, language: str) -> list[Vote]:
    votes = []
    clause = _WORD.findall(_CLAUSE_END.split(after, maxsplit=1)[0])
    # the name as written alone opens its clause, alone ("Маша и Петя пошли": both went): its first past
    # tense is its own
    if after[:1].isspace() and clause and clause[0].lower() not in _WITH:
        for word in clause[:5]:
            gender = past_tense_gender(word, language)
            if gender:
                votes.append((word, gender, ""))
                break
    # "— Иди, — сказала Саша.": the verb right before a name that ends its clause
    if not after.strip() or _CLAUSE_END.match(after.lstrip(" ")):
        last = re.search(r"([^\W\d_]+)\s+$", before)
        gender = past_tense_gender(last.group(1), language) if last else None
        if last and gender:
            votes.append((last.group(1), gender, ""))
    return votes


# --- Romance predicates ----------------------------------------------------------------------------------

# verbs whose predicate agrees with their subject (being, seeming, staying, becoming, feeling; "fue"
# and "foi" may be "went", which a predicate in agreement never follows)
_BEING = {
    "es": {"ser", "ir", "estar", "parecer", "quedar", "quedarse", "sentir", "sentirse", "ponerse", "volverse"},
    "it": {"essere", "stare", "sembrare", "parere", "rimanere", "restare", "diventare", "sentire", "sentirsi"},
    "pt": {"ser", "ir", "estar", "ficar", "parecer", "sentir", "sentir-se", "continuar", "permanecer"},
    "fr": {"être", "sembler", "paraître", "rester", "devenir", "demeurer"},
}
# what may stand between the name and that verb (clitics, negation) and between the verb and its predicate
# (adverbs of degree and time)
_BETWEEN = {
    "es": "se me te le lo la no ya también todavía aún nunca siempre entonces muy tan bastante demasiado algo "
    "un poco más menos casi realmente totalmente completamente bien",
    "it": "si mi ti gli le lo la ne non già anche ancora poi mai sempre allora molto tanto troppo così più "
    "meno proprio davvero piuttosto assai abbastanza quasi un po' po'",
    "pt": "se me te lhe o a não já também ainda nunca sempre então logo muito tão bastante bem mais menos quase meio",
    "fr": "se s' ne n' me m' te t' lui y en l' très si trop plus moins bien déjà encore toujours vraiment tellement "
    "assez presque pas jamais point plutôt fort tout",
}
# French feminines made from their masculine: -eux/-euse, -if/-ive, -el/-elle, -en/-enne, -on/-onne,
# -et/-ette, -er/-ère, -c/-che; the plain -e is tried last
_FR_PAIRS = (("euse", "eux"), ("ive", "if"), ("elle", "el"), ("enne", "en"), ("onne", "on"), ("ette", "et"),
             ("ère", "er"), ("che", "c"), ("e", ""))  # fmt: skip


def _known(word: str, language: str) -> bool:
    import simplemma

    return bool(simplemma.is_known(word, lang=language))


def _same_word(one: str, other: str, language: str) -> bool:
    """Two forms of one word: the language knows both, under one lemma (or one is the other's lemma)."""
    if not _known(other, language):
        return False
    a, b = lemma_of(one, language), lemma_of(other, language)
    return a in (b, other) or b == one


def predicate_gender(word: str, language: str) -> str | None:
    """The gender of an adjective or participle whose form says it (cansada / cansado, stanca / stanco,
    fatiguée / fatigué, partie / parti, heureuse / heureux), else None."""
    from filmstudio.script.closed_words import closed_words

    low = word.lower()
    if len(low) < 3 or low in closed_words(language) or low.endswith("ndo"):
        return None  # "toda", "como", "cerca"; a gerund ("mirando") agrees with nothing
    if language in ("es", "it", "pt"):
        other = low[:-1] + ("o" if low[-1] == "a" else "a")
        # a participle (llevada / llevado, partita / partito) is known in both forms, if not always as one lemma
        participle = re.search(r"(?:ad|id|at|ut|it)[ao]$", low) and _known(other, language)
        if low[-1] in "ao" and (participle or _same_word(low, other, language)):
            return "female" if low[-1] == "a" else "male"
        return None
    if language != "fr":
        return None
    for feminine, masculine in _FR_PAIRS:
        if low.endswith(feminine) and _same_word(low, low[: len(low) - len(feminine)] + masculine, language):
            return "female"
    # a participle of être: partie / parti, venue / venu, assise / assis (nouns of their own in the lexicon)
    if re.search(r"(?:ée|ie|ue|ise|ite)$", low) and _known(low[:-1], language):
        return "female"
    if low.endswith(("é", "i", "u", "is")):
        return "male" if _known(low + "e", language) else None
    for feminine, masculine in _FR_PAIRS:
        if low.endswith(masculine) and _same_word(low, low[: len(low) - len(masculine)] + feminine, language):
            return "male"
    return None


def _romance_votes(after: str, language: str) -> list[Vote]:
    if not after[:1].isspace():
        return []  # "Lucía's", "Lucía," : not the subject's own clause
    between = set(_BETWEEN[language].split())
    words = [w.replace("’", "'") for w in _WORD.findall(_CLAUSE_END.split(after, maxsplit=1)[0])]
    i = 0
    while i < len(words) and i < 3 and words[i].lower() in between:
        i += 1
    if i >= len(words):
        return []
    verb = words[i].lower().rstrip("'")
    if lemma_of(verb, language) not in _BEING[language] and verb not in _FIRST_PERSON_FORMS.get(language, ()):
        return []
    i += 1
    while i < len(words) and words[i].lower() in between:
        i += 1
    gender = predicate_gender(words[i], language) if i < len(words) else None
    return [(words[i], gender, "")] if gender else []


def agreement_gender(found: Sequence[tuple[str, str]], language: str) -> tuple[str, list[str]] | None:
    """The gender most of a name's agreeing words give it, and those words. A name whose verbs are plural
    is a group, which Russian and Ukrainian make male or mixed ("ребята пошли")."""
    votes = agreement_votes(found, language)
    one = Counter(g for _, g, _ in votes if g in ("male", "female"))
    if one:
        (gender, count), *rest = one.most_common(2)
        if rest and rest[0][1] == count:
            return None
        return gender, [w for w, g, _ in votes if g == gender][:4]
    plural = [w for w, g, _ in votes if g == "plural"]
    return ("male", [f"{w} (a group)" for w in plural[:4]]) if plural else None


def agreement_votes(found: Sequence[tuple[str, str]], language: str) -> list[Vote]:
    """The votes of the words that agree with a name, from each mention's (text before, text after)."""
    found = [(before, after) for before, after in found if not _governed(before, language)]
    if language in _PAST:
        return [v for before, after in found for v in _slavic_votes(before, after, language)]
    if language in _BEING:
        return [v for _, after in found for v in _romance_votes(after, language)]
    return []


# prepositions: a name after one is not the subject ("A Lucía le parecía extraño": it seemed strange to her)
_PREPOSITIONS = {
    "ru": "у с со к ко о об обо в во на за от до для про без из по под над перед при через между около возле",
    "uk": "у в з зі із до від для про без на за під над перед при через біля коло",
    "es": "a al de del con para por sin sobre entre hacia hasta desde según contra",
    "it": "a di da con per su tra fra senza verso",
    "pt": "a de do da com para por sem sobre entre até",
    "fr": "à de d' avec pour par sans sur chez entre vers contre",
}


def _governed(before: str, language: str) -> bool:
    last = re.search(r"([^\W\d_]+['’]?)\s*$", before)
    return last is not None and last.group(1).lower().replace("’", "'") in _PREPOSITIONS.get(language, "").split()


# --- what speakers say of themselves ---------------------------------------------------------------------

# "I" and the first-person forms that take an agreeing predicate without it ("estoy cansada", "sono stanca";
# "estaba" and "era" are also "she was", so they count only after the pronoun)
_I = {"ru": "я", "uk": "я", "es": "yo", "it": "io", "pt": "eu", "fr": "je j'"}
_BEING_MINE = {
    "es": {"estoy", "soy", "estuve", "fui", "me siento", "sentí", "me quedé", "quedé"},
    "it": {"sono", "sto", "ero", "fui", "stavo", "mi sento", "rimasi"},
    "pt": {"estou", "sou", "estive", "fui", "fiquei", "me sinto", "sinto-me"},
}
# their verbs, which a lemma may read as another's ("siento" is also sentar's)
_FIRST_PERSON_FORMS = {lang: {f.split()[-1] for f in forms} for lang, forms in _BEING_MINE.items()}
_NOT_NOW = {"no", "non", "não", "ya", "già", "já"}  # what may stand before those forms


def only_from_the_name(gender_words: Sequence[str]) -> bool:
    """Whether a gender was only guessed from how a name ends or which names it is ("the name Andrea"):
    what its bearer's own words agree in says more."""
    return bool(gender_words) and all(w.startswith("the name ") for w in gender_words)


SPEAKERS_AGREE = frozenset(_I)


def speaker_gender(lines: Sequence[str], language: str) -> tuple[str, str] | None:
    """The gender speakers' own words give them: "я устала" (she), "я пошёл" (he), "estoy cansada",
    "sono stanco", "je suis partie"; (gender, what said it) where most of them agree (Hindi's and Marathi's
    are people.speaker_gender_hindi's)."""
    if language not in _I:
        return None
    votes: Counter[str] = Counter()
    i_words = set(_I[language].split())
    for line in lines:
        for clause in _CLAUSE_END.split(line):
            words = [w.replace("’", "'").lower() for w in _WORD.findall(clause)]
            for at, word in enumerate(words):
                if word in i_words:
                    rest = " " + " ".join(words[at + 1 :])
                elif word in (mine := _BEING_MINE.get(language, set())) or " ".join(words[at : at + 2]) in mine:
                    rest = " " + " ".join(words[at:])
                    if at and words[at - 1] not in i_words | _NOT_NOW:
                        continue  # "ella estaba": hers
                else:
                    continue
                gender = _own_gender(rest, language)
                if gender:
                    votes[gender] += 1
                break
    if not votes or len(votes) > 1 and votes.most_common(2)[0][1] == votes.most_common(2)[1][1]:
        return None
    gender = votes.most_common(1)[0][0]
    return gender, f"{_I[language].split()[0]} … (own lines)"


def _own_gender(rest: str, language: str) -> str | None:
    if language in _PAST:
        for word in _WORD.findall(rest)[:4]:
            found = past_tense_gender(word, language)
            if found:
                return found if found in ("male", "female") else None
        return None
    votes = _romance_votes(rest, language)
    return votes[0][1] if votes else None
