"""What a sentence says its people do through a second verb or a phrasal verb, read as that doing:

- a verb of beginning or going on with its complement ("began to climb", "set about digging", "went on
  spinning", "fell to digging", "fing an zu graben", "se mit à creuser", "empezó a cavar", "siguió
  hilando"): the complement is what is acted; the aspect verb ("fell", "fing", "siguió") is no doing of its
  own, and its subject is the complement's;
- a participle after a posture or a going ("sat by the window mending a coat", "lay in the grass singing",
  "estaba sentado cosiendo"): the participle shares the posture's subject, the posture is kept
  (`Moment.postures`) and the hands do the work;
- getting onto a mount ("got upon his pony", "swung into the saddle", "schwang sich auf sein Pferd",
  "sauta en selle"): riding; getting off it ("got off his horse", "dismounted", "stieg vom Pferd",
  "descendit de son cheval", "se bajó del caballo"): standing, the mount beside them;
- climbing a tall thing ("began to climb the ladder", "climbed up the rope", "grimpa à la tour"): the
  climb drawn at that thing.

Each language's words are closed classes in `data/staging/<language>.json` ("complements"): the aspect
verbs and mounting verbs by lemma (an entry's later words are particles that come after the verb: "set
about", "fangen an"), the infinitive markers ("to", "zu", "à", "a"), the participle endings, and the
particles of getting on and off. Everything else is read from the lemmas and the verb classes already
found."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.beings import DETERMINERS
from filmstudio.script.heights import HEIGHTS, OWN_THINGS, TREETOP
from filmstudio.script.presence import Word
from filmstudio.script.staging_data import staging_section
from filmstudio.script.staging_words import words_of
from filmstudio.script.verb_senses import wordnet_class
from filmstudio.storyboard import Moment, Prop

Hit = tuple[int, str, str]  # (position, verb class, words)
Subject = tuple[str, str]  # (kind, id), as staging.py's _subjects gives them
_DOERS = ("character", "pronoun", "group")
_KEPT_POSTURES = frozenset({"sit", "kneel", "lie"})  # held while the hands do the complement's work
# the verb classes a participle may follow and still be its subject's doing: postures and goings
_HEADS = _KEPT_POSTURES | {"walk", "run", "go", "arrive", "ride", "row", "swim", "climb", "fly"}
_WHOLE_BODY = frozenset({"walk", "run", "chase", "go", "arrive", "ride", "row", "swim", "fly", "climb", "jump", "fall"})
# the tall things a figure climbs where it stands; "climbed the tree" is up in its top (script/heights.py)
CLIMBED = frozenset({"pine_tree", "palm_tree", "ladder", "rope", "tower"}) - OWN_THINGS[TREETOP]
_REACH = 8  # tokens at most from an aspect verb to its complement: "fing an, im Garten zu graben"
_PARTICIPLE_REACH = 10  # from a posture to its participle: "sat on the bench by the door mending a net"
_PARTICLE_REACH = 4  # from a verb of getting on or off to its particle: "swung himself up into the saddle"
_MOUNT_REACH = 3  # from that particle to the mount: an article, a possessive, an adjective between
_SENTENCE_BREAK = re.compile(r"[.;:!?]")
_CLAUSE_BREAK = re.compile(r"[.;:!?,]")
_CLIMB_REACH = 40  # characters from a climbing verb to the tall thing it climbs: "climbed up the tall old ladder"


@dataclass
class Complements:
    """The verbs of a sentence with its complements read, each verb's subject, and the posture kept while
    doing a participle (its words -> "sit", "kneel" or "lie")."""

    verbs: list[Hit]
    subjects: list[Subject]
    kept: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _Words:
    aspect: tuple[tuple[str, ...], ...]
    markers: frozenset[str]
    endings: tuple[tuple[str, tuple[str, ...]], ...]  # a participle's ending, the infinitive's in its place
    mounting: tuple[tuple[str, ...], ...]
    onto: frozenset[str]
    dismounting: tuple[tuple[str, ...], ...]
    getting_down: tuple[tuple[str, ...], ...]
    off: frozenset[str]
    saddle: tuple[str, ...]


@lru_cache(maxsize=32)
def _words(language: str) -> _Words:
    data = staging_section(language, "complements")

    def entries(name: str) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(entry.lower().split()) for entry in data.get(name, []) if entry.strip())

    return _Words(
        aspect=entries("aspect"),
        markers=frozenset(data.get("markers", [])),
        endings=tuple((end, tuple(bases)) for end, bases in data.get("participle_endings", {}).items()),
        mounting=entries("mounting"),
        onto=frozenset(data.get("onto", [])),
        dismounting=entries("dismounting"),
        getting_down=entries("getting_down"),
        off=frozenset(data.get("off", [])),
        saddle=tuple(w.lower() for w in data.get("saddle", [])),
    )


def _matches(entries: tuple[tuple[str, ...], ...], toks: Sequence[Word], i: int, reach: int) -> bool:
    """Whether token `i` is one of the entries: its lemma (or its form) the entry's verb, and the entry's
    particles among the `reach` tokens after it ("set … about", "fing … an")."""
    tok = toks[i]
    after = {t.text for t in toks[i + 1 : i + 1 + reach]}
    return any(
        (tok.lemma == entry[0] or tok.text == entry[0]) and all(p in after for p in entry[1:]) for entry in entries
    )


# -- getting on and off a mount ------------------------------------------------------------------------------


def on_and_off(verbs: list[Hit], text: str, toks: Sequence[Word], language: str, mounts: list[int]) -> list[Hit]:
    """The verbs with getting onto a mount read as riding, and getting off it as standing. `mounts`: where
    the sentence names an animal or a vehicle one rides."""
    words = _words(language)
    if not words.mounting and not words.dismounting:
        return verbs
    out = list(verbs)
    for i, tok in enumerate(toks):
        cls = "stand" if _gets_off(toks, i, text, words, mounts) else ""
        if not cls and _matches(words.mounting, toks, i, 0) and _reaches(toks, i, text, words.onto, mounts, words):
            cls = "ride"
        if not cls:
            continue
        out = [v for v in out if not _overlaps(v, tok.start, tok.end)]
        out.append((tok.start, cls, text[tok.start : tok.end]))
    return sorted(out)


def dismounted(moment: Moment, text: str, toks: Sequence[Word], language: str, mounts: list[int]) -> bool:
    """Whether the moment's verb is getting off a mount ("got off his horse", "stieg vom Pferd")."""
    if moment.verb != "stand" or not moment.verb_words:
        return False
    words = _words(language)
    said = moment.verb_words[0].lower()
    return any(t.text == said and _gets_off(toks, i, text, words, mounts) for i, t in enumerate(toks))


def _gets_off(toks: Sequence[Word], i: int, text: str, words: _Words, mounts: list[int]) -> bool:
    if _matches(words.dismounting, toks, i, _PARTICLE_REACH + _MOUNT_REACH):
        return True
    return _matches(words.getting_down, toks, i, _PARTICLE_REACH) and _reaches(toks, i, text, words.off, mounts, words)


def _reaches(
    toks: Sequence[Word], i: int, text: str, particles: frozenset[str], mounts: list[int], words: _Words
) -> bool:
    """Whether a particle (onto, off) follows token `i` closely in its clause, and a mount or a saddle
    closely after that: "got upon his pony", "swung himself into the saddle", "sprang vom Pferd"."""
    for k in range(i + 1, min(len(toks), i + 1 + _PARTICLE_REACH)):
        if _CLAUSE_BREAK.search(text[toks[k - 1].end : toks[k].start]):
            return False
        if toks[k].text not in particles:
            continue
        near = toks[k + 1 : k + 1 + _MOUNT_REACH]
        if any(t.start in mounts for t in near) and not _CLAUSE_BREAK.search(text[toks[k].end : near[-1].end]):
            return True
        rest = text[toks[k].end : toks[k].end + 40].lower()
        if any(re.search(rf"^\W+(?:\w+\W+){{0,2}}?{re.escape(s)}\b", rest) for s in words.saddle):
            return True
    return False


def _overlaps(verb: Hit, start: int, end: int) -> bool:
    return verb[0] <= start < verb[0] + len(verb[2]) or start <= verb[0] < end


# -- complements of aspect verbs and participles ---------------------------------------------------------


def read(verbs: list[Hit], subjects: list[Subject], text: str, toks: Sequence[Word], language: str) -> Complements:
    """The verbs and their subjects with each aspect verb's complement standing for it, and each
    participle after a posture or a going done by that verb's subject."""
    words = _words(language)
    verbs, subjects = _participle_verbs(verbs, subjects, text, toks, language, words)
    for i, tok in enumerate(toks):
        if not _matches(words.aspect, toks, i, _REACH):
            continue
        k = _complement(verbs, toks, i, text, words)
        if k is None:
            continue
        own = [j for j, v in enumerate(verbs) if _overlaps(v, tok.start, tok.end)]
        subject = next((subjects[j] for j in own if subjects[j][0] in _DOERS), None)
        if subject is not None and subjects[k][0] not in _DOERS:
            subjects[k] = subject  # "the brothers fell to digging": they dig
        verbs = [v for j, v in enumerate(verbs) if j not in own]
        subjects = [s for j, s in enumerate(subjects) if j not in own]
    kept: dict[str, str] = {}
    for j, (_, cls, _word) in enumerate(verbs):
        if cls not in _HEADS or subjects[j][0] not in _DOERS:
            continue
        k = _participle_after(verbs, j, text, toks, language, words)
        if k is None:
            continue
        if subjects[k][0] not in _DOERS:
            subjects[k] = subjects[j]  # "sat under the tree reading": she reads, not the tree
        if cls in _KEPT_POSTURES and subjects[k] == subjects[j]:
            kept[verbs[k][2].lower()] = cls
    return Complements(verbs, subjects, kept)


def _complement(verbs: list[Hit], toks: Sequence[Word], i: int, text: str, words: _Words) -> int | None:
    """The index of the verb that completes the aspect verb at token `i`: the first verb after it, within
    reach in its sentence, right after an infinitive marker ("to climb", "zu graben", "à creuser") or in a
    participle's form ("set about digging", "siguió hilando")."""
    tok = toks[i]
    later = [j for j, v in enumerate(verbs) if v[0] >= tok.end]
    if not later:
        return None
    j = later[0]
    at = verbs[j][0]
    following = [t for t in toks[i + 1 : i + 1 + _REACH] if t.start <= at]
    if not following or following[-1].start != at or _SENTENCE_BREAK.search(text[tok.end : at]):
        return None
    before = following[-2].text if len(following) >= 2 else ""
    return j if before in words.markers or _participle(verbs[j][2], words) else None


def _participle_after(
    verbs: list[Hit], j: int, text: str, toks: Sequence[Word], language: str, words: _Words
) -> int | None:
    """The index of the participle that follows the verb at `j` in its sentence and clause: the next verb,
    within reach, in a participle's form ("sat … mending", "lay … singing", "cosiendo")."""
    if j + 1 >= len(verbs):
        return None
    at, end = verbs[j][0] + len(verbs[j][2]), verbs[j + 1][0]
    between = [t for t in toks if at <= t.start < end]
    if len(between) > _PARTICIPLE_REACH or _SENTENCE_BREAK.search(text[at:end]):
        return None
    if _modifies_a_noun(toks, end, language):  # "sat by the sleeping child": the child sleeps
        return None
    return j + 1 if _participle(verbs[j + 1][2], words) else None


def _participle(word: str, words: _Words) -> bool:
    low = word.lower().split()[-1] if word.strip() else ""
    return any(low.endswith(e) and len(low) > len(e) + 2 for e, _ in words.endings)


def _modifies_a_noun(toks: Sequence[Word], at: int, language: str) -> bool:
    """Whether the word at `at` follows an article or a possessive: "by the sleeping child", "the
    wedding", no participle of the sentence's doer."""
    before = [t.text for t in toks if t.end <= at][-1:]
    return bool(before) and before[0] in DETERMINERS.get(language, "").split()


def _participle_verbs(
    verbs: list[Hit], subjects: list[Subject], text: str, toks: Sequence[Word], language: str, words: _Words
) -> tuple[list[Hit], list[Subject]]:
    """The verbs, with the participles the lemmatiser did not bring back to their verb ("singing" read as
    "singe", "fishing" as a noun) where one follows a verb of the sentence: its class is its infinitive's
    in the verb table (or WordNet's, in English), the ending replaced ("sing-ing", "dig-g-ing", "hil-ando").
    Their subject is read with the verb they complete."""
    if not words.endings or not verbs:
        return verbs, subjects
    table = _classes(language)
    out = list(zip(verbs, subjects, strict=True))
    for k, tok in enumerate(toks):
        if any(_overlaps(v, tok.start, tok.end) for v in verbs) or _modifies_a_noun(toks, tok.start, language):
            continue
        # only one that follows a verb closely, in its sentence: "sat on the bank fishing"
        heads = [v for v in verbs if v[0] < tok.start and toks[max(0, k - _PARTICIPLE_REACH)].start <= v[0]]
        if not heads or _SENTENCE_BREAK.search(text[heads[-1][0] : tok.start]):
            continue
        cls = _participle_class(tok.text, table, language, words)
        if cls is not None:
            out.append(((tok.start, cls, text[tok.start : tok.end]), ("none", "")))
    out.sort(key=lambda pair: pair[0][0])
    return [v for v, _ in out], [s for _, s in out]


def _participle_class(word: str, table: dict[str, str], language: str, words: _Words) -> str | None:
    for ending, bases in words.endings:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 2:
            continue
        stems = [stem, stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [stem]  # "dig-g-ing"
        for base in (s + b for s in stems for b in bases):
            if base in table:
                return table[base]
            if language == "en":
                cls = wordnet_class(base, base)
                if cls is not None:
                    return cls
    return None


@lru_cache(maxsize=32)
def _classes(language: str) -> dict[str, str]:
    """Each single-word entry of the language's verb table, to its class (the first that lists it)."""
    out: dict[str, str] = {}
    for cls, entries in words_of(language).verbs.items():
        for entry in entries:
            if " " not in entry:
                out.setdefault(entry, cls)
    return out


# -- the moment read -------------------------------------------------------------------------------------


def settle(
    moment: Moment,
    complements: Complements,
    text: str,
    toks: Sequence[Word],
    language: str,
    mounts: list[int],
    own: dict[str, str],
) -> None:
    """The moment as its complements say: a posture kept while the hands work ("sat … reading"), the mount
    beside one who got off it (`own`: what they rode before, where the sentence names none), the tall thing
    one climbs beside them."""
    if not moment.who:
        return
    doer = moment.who[0]
    said = moment.verb_words[0].lower() if moment.verb_words else ""
    posture = complements.kept.get(said)
    if posture and moment.verb not in _WHOLE_BODY and moment.verb not in _KEPT_POSTURES and doer not in moment.postures:
        moment.postures = {**moment.postures, doer: posture}
    if dismounted(moment, text, toks, language, mounts):
        _mount_beside(moment, text, language, mounts, own.get("ridden"))
    if moment.verb == "climb":
        _climbed_thing(moment, text, language)


def _mount_beside(moment: Moment, text: str, language: str, mounts: list[int], rode: str | None) -> None:
    """One who got off their horse stands beside it: the mount, named or ridden before, is near them."""
    found = [m for m in vocabulary.things(language).find(text) if m.position in mounts]
    keys = {m.key for m in found} | ({rode} if rode else set())
    props = [p.model_copy(update={"role": "near"}) if p.key in keys and p.role == "ridden" else p for p in moment.props]
    if not any(p.key in keys for p in props):
        if found:
            props.append(Prop(key=found[0].key, role="near", holder=moment.who[0], words=list(found[0].words)))
        elif rode:
            props.append(Prop(key=rode, role="near", holder=moment.who[0]))
    moment.props = props


def _climbed_thing(moment: Moment, text: str, language: str) -> None:
    """One climbing a ladder, a rope, a tower or a tree (where they are not already up in it) climbs it
    where it stands beside them."""
    if any(p.key in CLIMBED for p in moment.props) or moment.place in HEIGHTS:
        return
    word = moment.verb_words[0] if moment.verb_words else ""
    at = text.find(word) if word else -1
    if at < 0:
        return
    after = at + len(word)
    for m in vocabulary.things(language).find(text):
        if (
            m.key in CLIMBED
            and 0 <= m.position - after <= _CLIMB_REACH
            and not _SENTENCE_BREAK.search(text[after : m.position])
        ):
            moment.props = [*moment.props, Prop(key=m.key, role="near", holder=moment.who[0], words=list(m.words))]
            return
