"""Staging a story: each sentence of narration (or screenplay action) becomes a moment: who does what,
where, with what and how they feel; and a scene whose sentences move its people to a new place, or
change its light or weather, is cut there into scenes of its own, each read from its own words.

The words for verbs, expressions and groups are data, one file per language (`data/staging/*.json`),
matched through lemmas where the language has a lemmatiser, as word beginnings where it inflects by
suffix without one (Hindi, Tamil, Bengali ...), as substrings where it writes no spaces."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

import filmstudio.script.vocabulary as vocabulary
from filmstudio.animation import gestures, sizes
from filmstudio.languages import is_spaceless
from filmstudio.script import complement_verbs, handwork, on_foot, placing, seen_there, tools, unseen_things
from filmstudio.script.appearance import read_appearance
from filmstudio.script.beings import DETERMINERS
from filmstudio.script.boarding import boarded
from filmstudio.script.cast_things import things_not_cast
from filmstudio.script.collectives import gathers_members
from filmstudio.script.counts import Counted, counted_groups
from filmstudio.script.done_to import read_done_to
from filmstudio.script.doors import left, passed_through
from filmstudio.script.grand_rooms import grand_home, grand_variant
from filmstudio.script.group_counts import count_cast_groups
from filmstudio.script.heights import HEIGHTS, OWN_THINGS
from filmstudio.script.inside import seen_inside
from filmstudio.script.joined_beings import joined_animals, only_joints
from filmstudio.script.journeys import place_gone_into
from filmstudio.script.key_things import key_things, no_deck_aboard_a_plane
from filmstudio.script.lemmas import has_lemmas, japanese_words, lemma_of
from filmstudio.script.lexicon import Match
from filmstudio.script.light_said import light_changes, times_said
from filmstudio.script.mentions import find_mentions
from filmstudio.script.met_midway import stage_newcomers
from filmstudio.script.moment_subjects import object_pronoun, object_sie, settle_subject
from filmstudio.script.morals import closing_formula, generic_subject, in_the_past, knows_tense, moral_label
from filmstudio.script.mounts import with_a_mount
from filmstudio.script.moves import (
    VEHICLE_SETTING,
    end_of_ride,
    fitting_setting,
    going_idiom,
    gone_into,
    located_in,
    ridden,
    setting_out,
)
from filmstudio.script.negation import negated
from filmstudio.script.owners import owners_only
from filmstudio.script.parse import split_sentences
from filmstudio.script.partitives import partitive_name
from filmstudio.script.people import mentions_of, name_tokens
from filmstudio.script.place_choice import on_the_road
from filmstudio.script.placement import place_people_and_things
from filmstudio.script.places import BY_NAME, HEADING_ONLY, INTERIOR_SETTINGS
from filmstudio.script.plural_verbs import plural_by_verb, plural_pronoun
from filmstudio.script.postures import hold_postures
from filmstudio.script.presence import Hearing, addressed, spoken_of
from filmstudio.script.pronoun_things import acts_on_a_pronoun, thing_referred_to
from filmstudio.script.relations import owner_there, relative_fits
from filmstudio.script.scenes import _PRIORITY, HOMES, TIME_OF_DAY, describe_scene, story_home, text_for_places
from filmstudio.script.speech_verbs import SPEECH_VERBS
from filmstudio.script.staging_data import staging_section
from filmstudio.script.staging_words import words_of
from filmstudio.script.tamil_forms import declined_places
from filmstudio.script.thing_counts import with_count
from filmstudio.script.thing_nouns import noun_phrase_only
from filmstudio.script.touching import read_touch, touched_pronoun
from filmstudio.script.verb_phrases import governed, inverted_subject, refine_verbs, topic
from filmstudio.script.verb_senses import with_wordnet_verbs
from filmstudio.script.weather_said import CLEAR, carried_weather, weather_from_sentences, weather_said
from filmstudio.script.whereabouts import Whereabouts
from filmstudio.script.worn import worn
from filmstudio.storyboard import (
    Character,
    CrowdKind,
    Extra,
    Line,
    Moment,
    Prop,
    PropRole,
    Scene,
    Storyboard,
    Thing,
)

# the verb classes a figure can act (animation/body.py); the others are drawn as the nearest of these
MOVES = {"walk", "run", "chase", "go", "arrive", "ride", "row", "swim", "fly", "climb"}
_GENERIC = {"go", "arrive", "look", "cry_out", "sell_buy"}  # a sentence's other verb says more
_POSTURES = {"sit", "lie", "kneel", "stand"}  # held while doing what the sentence's other verb says
_IN_HAND = {"hold", "take"}  # done in a posture, not instead of it: "knelt and picked up the coin"
_PREFIX_LANGUAGES = {"hi", "mr", "ta", "te", "bn", "ne", "kn", "ml", "gu", "pa"}
RIDEABLE = {
    "horse",
    "donkey",
    "camel",
    "elephant",
    "ox",
    "cow",
    "water_buffalo",
    "mule",
    "zebra",
    "bicycle",
    "motorcycle",
    "scooter",
    "motor_scooter",
    "llama",
    "deer",
    "pig",
    "goat",
    "unicorn",
}
BOATS = {"boat", "canoe", "sailboat", "speedboat", "rowboat", "ship", "ferry"}
_NOT_HELD = {"building", "nature"}  # kinds of things nobody carries
# animals small enough to be caught, picked up or carried in the hands: the thing the verb turns on
_ANIMALS_IN_HANDS = {
    "fish",
    "tropical_fish",
    "frog",
    "mouse",
    "chick",
    "crab",
    "snail",
    "lizard",
    "shrimp",
    "lobster",
    "worm",
}
_IN_ARMS_VERBS = {"carry", "take", "hold", "give"}  # verb classes that lift a small animal into the arms
IN_ARMS_HEIGHT = 0.3  # an animal this tall beside a person, or smaller, is carried in the arms: a lamb, a hen


def _in_arms(m: Match, text: str) -> bool:
    """An animal small enough to pick up, by its size in life as the words name it: a lamb, a kitten, a
    puppy or a hen (not a sheep, a dog); its young's word sizes it ("lamb" is a young sheep)."""
    return sizes.life_height(m.key, text, m.words) <= IN_ARMS_HEIGHT


_NATURE_IN_HANDS = {"brick", "shell", "feather", "bone", "nest", "egg_nest"}  # picked up where they lie
_BIG = {
    "house",
    "houses",
    "hut",
    "tree",
    "pine_tree",
    "palm_tree",
    "mountain",
    "volcano",
    "ship",
    "train",
    "bus",
    "truck",
    "castle",
    "church",
    "mosque",
    "hindu_temple",
    "lighthouse",
    "elephant",
    "whale",
    "bed",
    "couch",
    "piano",
    "door",
    "window",
    "sun",
    "moon",
    "star",
    "cloud",
    "rainbow",
}
# groups drawn as people, by the storyboard's word for them (Extra.kind)
_CROWDS: dict[str, CrowdKind] = {
    "people": "people",
    "children": "children",
    "women": "women",
    "men": "men",
    "soldiers": "soldiers",
    "animals": "animals",
}


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    lemma: str


def tokens(text: str, language: str) -> list[Token]:
    if language == "ja":
        return [Token(a, b, s, lemma) for a, b, s, lemma in japanese_words(text)]
    out = []
    for m in re.finditer(r"[^\W\d_][\w\u0900-\u0DFF'-]*", text):
        word = m.group().lower()
        out.append(Token(m.start(), m.end(), word, lemma_of(word, language) if has_lemmas(language) else word))
    return out


def _found(
    table: dict[str, tuple[str, ...]], text: str, toks: list[Token], language: str
) -> list[tuple[int, str, str]]:
    """(position, class, word) for each word of the table the text uses, in the order written."""
    hits: list[tuple[int, str, str]] = []
    low = text.lower()
    for cls, entries in table.items():
        for entry in entries:
            if not entry:
                continue
            if " " in entry or (is_spaceless(language) and language != "ja"):
                at = low.find(entry)
                if at >= 0:
                    hits.append((at, cls, text[at : at + len(entry)]))
                continue
            for tok in toks:
                if (
                    tok.lemma == entry
                    or tok.text == entry
                    or (language in _PREFIX_LANGUAGES and len(entry) >= 2 and tok.text.startswith(entry))
                ):
                    hits.append((tok.start, cls, text[tok.start : tok.end]))
                    break
    # at one place the longer entry says more: "fell asleep" sleeps, "fell" alone falls
    hits.sort(key=lambda h: (h[0], -len(h[2]), h[1]))
    return [h for i, h in enumerate(hits) if i == 0 or h[0] != hits[i - 1][0]]


def _who(text: str, characters: list[Character], language: str) -> list[tuple[int, str, str]]:
    """(position, character id, words) for every place the sentence names a character."""
    found = []
    toks = tokens(text, language) if has_lemmas(language) and not is_spaceless(language) else []
    for c in characters:
        if c.id == "narrator":
            continue
        parts = name_tokens(c.name)
        if not parts:
            continue
        if is_spaceless(language):
            found += [(m.start(), c.id, m.group()) for m in re.finditer(re.escape(c.name), text)]
            continue
        if language == "ta":  # "குமரனைக்", "குமரனுக்கு": the name's case forms
            found += [(at, c.id, word) for at, word in declined_places(c.name, text)]
        if mentions_of(c.name, text, language):
            pattern = r"(?<!\w)" + re.escape(parts[-1]) + r"(?!\w)"
            # the word found, not the whole name: "the old man slept" spans "man", not "man sle"
            found += [(m.start(), c.id, m.group()) for m in re.finditer(pattern, text, re.I)]
            continue
        if partitive_name(c.name, language):
            continue  # "One of the fishermen" is not every "fishermen" (partitives.py)
        # "the boys" for the Boy, "der Füchsin" for the fox: the name's head through its lemma
        want = lemma_of(parts[-1].lower(), language)
        found += [(t.start, c.id, text[t.start : t.end]) for t in toks if t.lemma == want and len(want) > 2]
    return sorted(_within_longer_names(set(found), characters, text))


def _within_longer_names(
    found: set[tuple[int, str, str]], characters: list[Character], text: str
) -> set[tuple[int, str, str]]:
    """A name found inside where another's whole name is written, made of that name's words, is that other
    one: "MRS. ALVAREZ" names Mrs. Alvarez, not also a "Mrs" or an "Alvarez" of the cast."""
    named = {cid for _, cid, _ in found}
    spans: list[tuple[int, int, set[str]]] = []
    for c in characters:
        parts = name_tokens(c.name)
        if c.id in named and len(parts) > 1:
            pattern = r"(?<!\w)" + r"\W+".join(re.escape(p) for p in parts) + r"(?!\w)"
            spans += [(m.start(), m.end(), set(parts)) for m in re.finditer(pattern, text, re.I)]
    if not spans:
        return found
    names = {c.id: set(name_tokens(c.name)) for c in characters}
    return {
        (at, cid, words)
        for at, cid, words in found
        if not any(a <= at < b and names.get(cid, set()) < whole for a, b, whole in spans)
    }


# a noun phrase after one of these is someone new ("a man came in"), not one of the cast met before
_INDEFINITE = frozenset(
    [
        "a",
        "an",
        "another",
        "some",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "un",
        "una",
        "unos",
        "unas",
        "une",
        "des",
        "uno",
        "um",
        "uma",
        "uns",
        "umas",
    ]
)


def _epithets(
    text: str,
    language: str,
    characters: list[Character],
    recent: list[str],
    present: list[str],
    named: list[tuple[int, str, str]],
) -> list[tuple[int, str, str]]:
    """ "the old man", "der alte Mann", "おじいさん": a person named by what they are stands for the one
    character nearby whom the words fit (gender, and an age that does not contradict), when only one does.
    "a man" is someone new, unless it introduces one of the cast not met yet ("there was once an old man")."""
    by_id = {c.id: c for c in characters if c.id != "narrator" and c.animal is None}
    around = [by_id[cid] for cid in dict.fromkeys([*recent, *present]) if cid in by_id]
    found = []
    for m in find_mentions(text, language):
        if m.kind != "person" or m.plural or not (m.gender or m.age):
            continue
        if any(m.start <= at < m.end or at <= m.start < at + len(words) for at, _, words in named):
            continue
        before = text[: m.start].split()
        new = bool(before) and before[-1].lower() in _INDEFINITE
        fits = [c for c in around if _fits(c, m.gender, m.age) and not (new and c.id in recent)]
        # "his sister", "the king's daughter": someone's relative is not the wife or the fisherman
        fits = [c for c in fits if relative_fits(text, m, c, language)]
        if len(fits) == 1:
            found.append((m.start, fits[0].id, text[m.start : m.end]))
    return found


def _owners(toks: list[Token], language: str) -> list[tuple[int, str, str]]:
    """ "his trembling hands could not hold the cup": a body part does what its owner does. Each (position,
    "pronoun", the pronoun its possessive stands for: "_" when it tells no gender) at the body part."""
    possessives = {w: pronoun for pronoun, ws in staging_section(language, "possessives").items() for w in ws}
    parts = set(staging_section(language, "body_parts"))
    found = []
    for i, tok in enumerate(toks):
        pronoun = possessives.get(tok.text)
        if pronoun is None:
            continue
        part = next((t for t in toks[i + 1 : i + 3] if t.text in parts), None)
        if part is not None:
            found.append((part.start, "pronoun", pronoun))
    return found


def _object_of(text: str, toks: list[Token], language: str) -> str | None:
    """The subject form of the sentence's first object pronoun ("met him": "he"; "_" for one that tells
    no gender, "le", "lui"), if any; one that can also be a possessive ("her") only where no word follows."""
    objects = {w: pronoun for pronoun, ws in staging_section(language, "object_pronouns").items() for w in ws}
    possessives = {w for ws in staging_section(language, "possessives").values() for w in ws}
    for i, tok in enumerate(toks):
        if tok.text not in objects:
            continue
        following = text[tok.end : tok.end + 2].lstrip()
        if tok.text in possessives and i + 1 < len(toks) and following[:1] not in (".", ",", ";", "!", "?", ""):
            continue
        return objects[tok.text]
    return None


def _fits(character: Character, gender: str | None, age: str | None) -> bool:
    if gender in ("female", "male") and character.gender != gender:
        return False
    if age and (age == "child") != (character.age == "child"):
        return False
    return not (age == "elderly" and character.age in ("child", "young_adult"))


# languages whose verb comes last: its subject is the first one named before it, not the nearest
_VERB_LAST = {"ja", "ko", "hi", "mr", "ta", "te", "bn", "kn", "ml", "gu", "pa", "ne", "tr", "sa"}


def _subjects(
    verbs: list[tuple[int, str, str]], nominals: list[tuple[int, str, str]], text: str, language: str
) -> list[tuple[str, str]]:
    """For each verb, what does it: (kind, id) of its subject: character, pronoun, group, thing, other
    or none. A verb's subject is the nearest being named before it (the first, in a language that puts
    its verb last); a thing only right before it ("the cheese fell", but "sat in his boat and rowed")."""
    out = []
    for at, _, word in verbs:
        inverted = inverted_subject(text, at, at + len(word), nominals, language)
        if inverted is not None:  # "Als Maria kam, schlief Tom": Tom sleeps
            out.append(inverted)
            continue
        before = [
            n
            for n in nominals
            if n[0] < at
            and (n[1] not in ("thing", "other") or _next_to(text, n[0], at, language))
            and not (n[1] in ("thing", "other") and governed(text, n[0], language))
        ]
        if not before:
            out.append(("none", ""))
            continue
        if language in _VERB_LAST:
            acting = [n for n in before if n[1] in ("character", "pronoun", "group")]
            chosen = topic(acting, text, language) or (acting[0] if acting else before[-1])
        else:
            chosen = before[-1]
            # "the dog and the cat ran": a thing joined to a being is one subject with it, the being's verb
            joined = next((n for n in reversed(before) if n[0] < chosen[0]), None)
            if chosen[1] in ("thing", "other") and joined is not None and joined[1] in ("character", "pronoun"):
                gap = text[joined[0] : chosen[0]].split(" ", 1)[-1]
                if only_joints(text[: joined[0]], language, opening=True) and only_joints(gap, language):
                    chosen = joined
        out.append((chosen[1], chosen[2]))
    return out


_BEFORE_NOUNS = {"en": "for at from of after before in on with without"}  # "dressed for work", "at play"


def _used_as_noun(text: str, at: int, language: str) -> bool:
    """Whether a verb's word stands as a noun here (English): right after an article, a possessive or a
    preposition ("the dance", "his work", "dressed for work"), unless it is a verb's participle."""
    if language not in _BEFORE_NOUNS:  # "la miró", "il la regarda": where an article is also a pronoun
        return False
    before = re.findall(r"[\w']+", text[max(0, at - 30) : at].lower())
    word = re.match(r"[\w']+", text[at:])
    if not before or word is None or word.group(0).lower().endswith(("ed", "ing")):
        return False
    return before[-1] in {*DETERMINERS.get(language, "").split(), *_BEFORE_NOUNS.get(language, "").split()}


def _apposed(between: str, language: str) -> bool:
    """Whether the words between a name and a word for what someone is set that word beside the name
    ("Tomas the gardener", "Ana, la panadera,"): only a comma and an article or two."""
    words = between.strip(" ,").lower().split()
    return len(words) <= 2 and all(w in DETERMINERS.get(language, "").split() for w in words)


# the word that closes a list of names: "Ana, Luis and Pepa", "Ana, Luis y Pepa"
_LIST_ENDS = {"en": "and", "de": "und", "es": "y e", "fr": "et", "it": "e ed", "pt": "e", "ru": "и"}


def _listed_names(text: str, named: list[tuple[int, str, str]], language: str) -> set[int]:
    """Where names stand in a list of names ("Ana, Luis and Pepa went"): each is one of those who act, none
    set beside another as what it is ("Ilario, the miller")."""
    ends = set(_LIST_ENDS.get(language, "").split())
    listed: set[int] = set()
    run: list[int] = []
    for k, (at, _, word) in enumerate(named):
        if k + 1 == len(named):
            break
        between = text[at + len(word) : named[k + 1][0]]
        words = between.strip(" ,").lower().split()
        if between.strip() == ",":
            run += [at, named[k + 1][0]]
        elif len(words) == 1 and words[0] in ends and run:  # the list closes: "…, Luis and Pepa"
            listed |= {*run, named[k + 1][0]}
            run = []
        else:
            run = []
    return listed


# a clitic pronoun between a subject and its verb keeps them next to each other ("el gato se sentó")
_CLITICS = frozenset(
    [
        "se",
        "s'",
        "si",
        "ne",
        "n'",
        "le",
        "la",
        "les",
        "lo",
        "los",
        "las",
        "lui",
        "leur",
        "y",
        "en",
        "me",
        "m'",
        "te",
        "t'",
        "nos",
        "os",
    ]
)


def _next_to(text: str, a: int, b: int, language: str) -> bool:
    between = text[a:b]
    if re.search(r"[,;:—–，、；：]", between):  # "who had lost his hat, sat down": the hat does not sit
        return False
    if is_spaceless(language):
        return len(between) <= 3
    words = re.findall(r"\w+'?", between.lower())
    return len(words) <= 1 or all(w in _CLITICS for w in words[1:])


def _vehicles(text: str, language: str) -> dict[str, list[int]]:
    """Where the sentence names an animal or a vehicle one rides, and a boat."""
    found = vocabulary.things(language).find(text)
    return {
        "mount": [m.position for m in found if m.key in RIDEABLE],
        "boat": [m.position for m in found if m.key in BOATS],
    }


def _main_verb(candidates: list[tuple[int, str, str]]) -> tuple[int, str, str]:
    specific = [v for v in candidates if v[1] not in _GENERIC]
    acting = [v for v in specific if v[1] not in _POSTURES]  # "sat in his boat and rowed": rowing
    if all(v[1] in _IN_HAND for v in acting) and any(v[1] in _POSTURES - {"stand"} for v in specific):
        acting = []  # "bent down to pick up the coin": kneeling, the coin in hand
    moving = [v for v in acting if v[1] in MOVES]  # "picked up his rod and rowed away": rowing, rod in hand
    return (moving or acting or specific or candidates)[0]


def _phrase_nouns(text: str, language: str) -> set[int]:
    """Where the text says a noun-phrase-only noun as a thing ("carried a deer hide"): no verb there."""
    only = noun_phrase_only(language)
    if not only:
        return set()
    return {m.position for m in vocabulary.things(language).find(text) if any(w.lower() in only for w in m.words)}


def read_moment(
    moment_id: str,
    text: str,
    characters: list[Character],
    language: str,
    *,
    scene_things: list[Thing],
    previous: Moment | None,
    present: list[str],
    belongings: dict[str, dict[str, str]] | None = None,
    recent: list[str] | None = None,
    arrived: list[str] | None = None,
    said_before: str = "",
) -> Moment:
    # those a pronoun may stand for: the people present who have come in by now (`arrived`); the others
    # present may still be named by what they are ("an old woman" for Granny Rosa, named later)
    here = present if arrived is None else arrived
    words = words_of(language)
    toks = tokens(text, language)
    moment = Moment(id=moment_id, text=text)
    named = _who(text, characters, language)
    named += _epithets(text, language, characters, recent or [], present, named)
    named.sort()
    name_spans = [(at, at + len(word)) for at, _, word in named]
    # "Ilario the miller": the word beside a name is who that one is, not a second person in the shot
    listed = _listed_names(text, named, language)
    named = [
        n
        for k, n in enumerate(named)
        if n[0] in listed
        or not any(
            _apposed(text[at + len(word) : n[0]], language) for at, _, word in named[:k] if at + len(word) <= n[0]
        )
    ]
    # "she thought of her grandmother", "her mother had told her": only spoken of, not there
    absent = spoken_of(text, toks, named, language)
    named = [n for n in named if n[0] not in absent]
    # "Berta's dog chased the cats": an owner's name is no doer, nor in the shot unless already there
    owners = owners_only(text, named, owner_there(previous, MOVES))  # not one who went off, nor one met before
    hands_of = [n for n in named if n[0] in owners]  # "took Tom's hand": the owner is the one touched
    named = [n for n in named if n[0] not in owners]
    # a name is no verb, though a dictionary reads one ("Tomás" as "tomar")
    unnamed = [t for t in toks if not any(a <= t.start < b for a, b in name_spans)]
    # the table's verbs, those only WordNet knows ("perched", "gobbled"), and getting into a cart or a bed
    found = with_wordnet_verbs(_found(words.verbs, text, unnamed, language), text, unnamed, language)
    verbs = [v for v in found if not _used_as_noun(text, v[0], language)]
    verbs = [v for v in verbs if v[0] not in _phrase_nouns(text, language)]  # "carried a deer hide": no hiding
    # "his hands could not hold the bowl, and it fell": the doing denied is not acted, what happens is
    verbs = [v for v in verbs if not negated(text, v[0], language)]
    vehicles = _vehicles(text, language)
    verbs = refine_verbs(verbs, text, toks, language, vehicles)
    verbs = boarded(verbs, text, unnamed, language)  # "got into the cart": seated in it
    verbs = complement_verbs.on_and_off(verbs, text, unnamed, language, vehicles["mount"])  # "got upon his pony"
    # a flock or a herd is a crowd only with the animal it gathers (counts.py)
    groups = [g for g in _found(words.groups, text, toks, language) if g[1] in _CROWDS and g[1] != "animals"]
    # "a troop of girls": the girls, not a troop of soldiers (collectives.py)
    groups = [g for g in groups if not gathers_members(text, g[0], g[2], language)]
    # a group of the cast ("the soldiers") stays a crowd, counted as the sentence counts it
    names = {t.lower() for c in characters if c.crowd is None for t in name_tokens(c.name)}
    groups = [g for g in groups if g[2].lower() not in names]
    counted = _counted(text, language, words.groups, characters, names)
    # "the old man and the old woman, the two of them together" (二人, "both"): those named, not a crowd
    people_named = len({cid for _, cid, _ in named})
    counted = [c for c in counted if not (c.animal is None and c.count is not None and c.count <= people_named)]
    taken = {at for at, _, _ in named}
    nominals = [(at, "character", cid) for at, cid, _ in named]
    nominals += [(g[0], "group", g[1]) for g in groups if g[0] not in taken]
    nominals += [(c.position, "group", _group_id(c)) for c in counted if c.position not in taken]
    taken |= {g[0] for g in groups} | {c.position for c in counted}  # "the children": a crowd, not someone
    nominals += [
        (m.position, "thing", m.key)
        for m in vocabulary.things(language).find(text)
        if not any(abs(m.position - at) <= 2 for at in taken)
    ]
    ends = [at + len(word) for at, _, word in named]
    nominals += [
        (m.start, "other", m.name)
        for m in find_mentions(text, language)
        if not any(abs(m.start - at) <= 2 or m.start <= at < m.end for at in taken)
        # "Tomas the gardener worked": a word set beside a name says what they are; it does nothing of its own
        and not any(_apposed(text[end : m.start], language) for end in ends if 0 <= m.start - end <= 16)
    ]
    said = [(t.start, "pronoun", t.text) for t in toks if t.text in words.pronouns]
    # "ließ der König sie rufen": a pronoun after its clause's subject is its object (moment_subjects.py)
    nominals += [p for p in said if not object_sie(text, p[0], nominals + said, language)]
    nominals += [(t.start, "thing", t.text) for t in toks if t.text in words.thing_pronouns]
    nominals += [n for n in _owners(toks, language) if n[0] not in taken]
    nominals.sort()
    subjects = _subjects(verbs, nominals, text, language)
    # "fell to digging", "sat by the window mending a coat": the complement is the doing, the subject's
    complements = complement_verbs.read(verbs, subjects, text, unnamed, language)
    verbs, subjects = complements.verbs, complements.subjects
    join = _second_clause(text, language, verbs, subjects, nominals)
    if join is not None:  # "Tomas cast the net, and Lena sat on the bank": each does their own
        lead, follow = (
            read_moment(
                moment_id,
                clause,
                characters,
                language,
                scene_things=scene_things,
                previous=previous,
                present=present,
                belongings=belongings,
                recent=recent,
                arrived=arrived,
            )
            for clause in (text[: join[0]], text[join[1] :])
        )
        # "Tomas cast the net, and she sat": two clauses where "she" is someone else, not where it is he
        gone = _gone_alone(lead, follow) if join[2] == "character" else None  # two named, one goes
        if gone is not None:
            return gone.model_copy(update={"id": moment_id, "text": text})
        if join[2] == "character" or (follow.who[:1] and follow.who[0] not in lead.who[:1]):
            return _joined(moment_id, text, lead, follow, previous)
    own = [v for v, (kind, _) in zip(verbs, subjects, strict=True) if kind == "character"]
    # "He rowed on": the one the story was following, or the only one present; in a language that says its
    # pronouns, only when one does the verb ("the stars came out" is nobody's doing)
    referred = [
        v
        for v, (kind, _) in zip(verbs, subjects, strict=True)
        if kind == "pronoun" or (kind == "none" and not words.pronouns)
    ]
    who = list(dict.fromkeys(cid for _, cid, _ in named))
    together: list[str] = []  # "they": all those the story was following do the verb
    if own:
        main = _main_verb(own)
        doer = subjects[verbs.index(main)][1]
        who = [doer, *(c for c in who if c != doer)]
        moment.verb, moment.verb_words = main[1], [main[2]]
    elif referred and (previous is not None and previous.who or here):
        main = _main_verb(referred)
        pronoun = subjects[verbs.index(main)][1] if subjects[verbs.index(main)][0] == "pronoun" else ""
        nearest = [*(recent or []), *here]
        at = max((t.start for t in toks if t.text == pronoun.lower() and t.start < main[0]), default=-1)
        # "Leo grew tired, so he rested": the one named before it in its sentence, if it fits one
        referent = _named_before(pronoun, at, named, characters) if pronoun and at > 0 else None
        if referent is None:
            referent = _referent(pronoun, previous, nearest, characters, named=[cid for _, cid, _ in named])
        plural = pronoun.lower() in _PLURAL or plural_by_verb(pronoun, main[2], language)  # "sie machten"
        they = _group_of(previous, recent or [], here) if plural else []
        if they:  # "they": all those the story was following
            who, together = [*they, *(c for c in who if c not in they)], they
            moment.verb, moment.verb_words = main[1], [main[2]]
        elif referent is not None:
            who = [referent, *(c for c in who if c != referent)]
            moment.verb, moment.verb_words = main[1], [main[2]]
    if nominals and nominals[0][1] == "pronoun" and (previous is not None and previous.who or here):
        # "He filled his flask": a doing we have no pose for still has its doer on screen, as they were
        first = nominals[0][2]
        plural = first.lower() in _PLURAL or plural_pronoun(text, nominals[0][0], first, language)
        they = _group_of(previous, recent or [], here) if plural else []
        referent = None if who else _referent(first, previous, [*(recent or []), *here], characters, named=[])
        if they and not any(c in they for c in who[:1]):
            who, together = [*they, *(c for c in who if c not in they)], they
        elif referent is not None:
            who = [referent]
            if previous is not None and previous.who[:1] == [referent] and previous.verb in _POSTURES:
                moment.verb = previous.verb
    # "a fox met him", "da traf ihn Grete", "le preguntó": the one met or spoken to is in the shot too; where
    # the sentence names two ("went to the lion … and said to him") the pronoun is one of them
    # "He thanked the boy": the one "he" stands for thanks him (moment_subjects.py)
    who = settle_subject(who, text, language, nominals, named, previous, [*(recent or []), *here], characters)
    if len(who) == 1:
        # "pushed her away", "took his hand": the one touched, though a word follows the pronoun
        met = (
            _object_of(text, toks, language)
            or touched_pronoun(toks, text, language)
            or object_pronoun(text, language, nominals)  # "il l'appela", "ließ der König sie rufen"
        )
        if met is not None:
            gender = _PRONOUN_GENDER.get(met)
            by_id = {c.id: c for c in characters if c.id != "narrator"}
            followed = previous.who if previous is not None else []
            others = [
                cid
                for cid in dict.fromkeys([*followed, *(recent or []), *here])
                if cid in by_id and cid not in who and (gender is None or by_id[cid].gender in (gender, "neutral"))
            ]
            if others:  # the nearest one it fits, not the doer; "them": all those the story was following
                who.extend(others[:_LISTENERS] if met in _PLURAL else others[:1])
    if not who and not verbs:
        who = _dropped_subject(toks, language, nominals, previous)
    moment.who = who
    touch = read_touch(toks, text, language, who, sorted(named + hands_of))
    if touch is not None:  # "Ann hugs her brother", "MIRA slaps JONAH": the one touched is in the shot
        moment.touch, doer, moment.touched = touch
        moment.who = who = [doer, moment.touched, *(c for c in who if c not in (doer, moment.touched))]
    moment.acts.update(_onlookers(moment, text, named, together, previous))
    moment.who_words = list(dict.fromkeys(w for _, _, w in named))
    expressions = _found(words.expressions, text, toks, language)
    if expressions:
        _, moment.expression, word = expressions[0]
        moment.expression_words = [word]
    belongings = belongings if belongings is not None else {}
    moment.props = _props(moment, text, language, verbs, scene_things, belongings.get(who[0], {}) if who else {})
    # "Rock sits by the pool", "STONE stands": a name is who someone is, no brick or stone to hold
    moment.props = [p for p in moment.props if not _only_a_name(p.words, text, name_spans)]
    # the car driven, the mattresses slept on, the meal eaten: no hand holds them, they are in the shot
    moment.props = [p for p in key_things(moment, text, language) if not _only_a_name(p.words, text, name_spans)]
    moment.props = with_a_mount(moment, text, language, belongings.get(who[0], {}) if who else {})
    moment.props = unseen_things.seen(moment.props, text, language)  # "had no lantern", "like a lantern"
    if who and not moment.props and acts_on_a_pronoun(text, language, verbs):
        moment.props = _thing_of_the_pronoun(moment, said_before, language)
    if moment.verb == "chase" and len(who) == 1:  # "the dog chased the cat": the cat runs ahead of it
        moment.props += _chased(text, language, verbs)
    for prop in moment.props:  # what someone rides, rows or carries stays theirs: "he rowed on"
        if prop.holder and prop.role in ("ridden", "boat", "carried", "held"):
            belongings.setdefault(prop.holder, {})[prop.role] = prop.key
    moved = [v for v, (kind, _) in zip(verbs, subjects, strict=True) if kind in ("character", "pronoun", "group")]
    if who and any(v[1] in MOVES for v in moved):
        place = _place_named(text, language)
        if place is not None:
            moment.place, moment.place_words = place
    if who:
        _moved_where_the_tables_miss(moment, text, language)
        no_deck_aboard_a_plane(moment, text, language)
    for _at, kind, word in groups:  # "the village children ran down to meet him": the group does the verb
        if any(e.kind == kind for e in moment.extras):
            continue
        done = [v for v, subject in zip(verbs, subjects, strict=True) if subject == ("group", kind)]
        verb = _main_verb(done)[1] if done else "stand"
        moment.extras.append(Extra(kind=_CROWDS[kind], words=[word], verb=verb))
    for group in counted:  # "three soldiers", "seven little goats", "a flock of sheep"
        same = [e for e in moment.extras if e.kind == group.kind and e.animal == group.animal]
        if same:
            same[0].count = same[0].count or group.count
            continue
        done = [v for v, subject in zip(verbs, subjects, strict=True) if subject == ("group", _group_id(group))]
        moment.extras.append(
            Extra(
                kind=_CROWDS[group.kind],
                words=[group.word],
                verb=_main_verb(done)[1] if done else "stand",
                count=group.count,
                animal=group.animal,
            )
        )
    _cast_crowds(moment, characters)
    joined_animals(moment, text, language, named, characters)  # "the dog and the cat ran": the cat too
    # "dragged the sheep", "fed Rex", "lo alimentó": the being acted on is drawn too
    nearby = [*(previous.who if previous is not None else []), *(recent or [])]
    genders: dict[str, str] = {c.id: c.gender for c in characters}
    read_done_to(moment, toks, text, language, named, nearby, genders, {c.id for c in characters if c.animal})
    if moment.acts_on == "drive" and moment.place is None:  # "trieben die Kuh zum Markt": a going there
        moment.place, moment.place_words = _place_named(text, language) or (None, [])
    if not moment.who and not moment.extras:
        _about_a_thing(moment, text, language, verbs, subjects, nominals)
    handwork.settle(moment, verbs)  # "scrubbed the step on her hands and knees": the work done kneeling
    had = belongings.get(who[0], {}) if who else {}  # "got off his horse": beside it; "sat reading": seated
    complement_verbs.settle(moment, complements, text, unnamed, language, vehicles["mount"], had)
    placing.settle(moment, verbs, language)  # "put the bread on the table": the bread set down there
    tools.settle(moment, language)  # "Mara sewed a shirt": a needle in her hand, the shirt on a table
    seen_there.settle(moment, language)  # "heard the bell", "saw a lantern in the window": over there
    on_foot.settle(moment, characters, language)  # "travelled from town to town": a walk, not a stand
    return moment


# the words that open a sentence's second clause with a subject of its own ("…, and Lena sat", "while her
# brother slept", "und die Mutter kochte")
_CLAUSE_JOINS = {
    "en": "and but while whilst as when whereas",
    "de": "und aber während als doch indes",
    "es": "y e pero mientras",
    "fr": "et mais tandis pendant",
    "it": "e ed ma mentre",
    "pt": "e mas enquanto",
    "ru": "и а но пока",
}


# verbs the subject does in its own place: the one it kneels before or eats beside does not ("Mara knelt
# before him": the king stands); those named with it as its subjects, or "with" it, do it too
_ALONE = {"sit", "kneel", "lie", "sleep", "pray", "eat"}
_TOGETHER = {"with", "together", "con", "junto", "juntos", "juntas", "avec", "ensemble", "mit", "zusammen"}


def _onlookers(
    moment: Moment, text: str, named: list[tuple[int, str, str]], together: list[str], previous: Moment | None
) -> dict[str, str]:
    """Those of a sitting, kneeling or eating moment's `who` who are not its subjects: they keep the posture
    they were in (standing, unless they sat or knelt before)."""
    if moment.verb not in _ALONE or len(moment.who) < 2 or not moment.verb_words:
        return {}
    verb_at = text.lower().find(moment.verb_words[0].lower())
    doers = {*together, moment.who[0]}
    for at, cid, _ in named:
        between = text[min(at, verb_at) : max(at, verb_at)]
        co_subject = at < verb_at and not re.search(r"[,;:]", between)
        if co_subject or set(re.findall(r"\w+", between.lower())) & _TOGETHER:
            doers.add(cid)
    return {cid: _posture(cid, previous) for cid in moment.who if cid not in doers}


def _second_clause(
    text: str,
    language: str,
    verbs: list[tuple[int, str, str]],
    subjects: list[tuple[str, str]],
    nominals: list[tuple[int, str, str]],
) -> tuple[int, int, str] | None:
    """Where a sentence's second clause begins when it has a subject of its own, a character other than the
    first clause's or a pronoun, right before its verb (one of the verb table's, or another word that is
    no noun's: "while Lena read a book"): (the join word's start, its end, "character" or "pronoun"). None
    for one subject, or a list of names that do one thing together ("Tomas and Lena went", "Tom, Ana, and
    Lena sang")."""
    joins = set(_CLAUSE_JOINS.get(language, "").split())
    if not joins:
        return None
    openers = {
        *DETERMINERS.get(language, "").split(),
        *(w for ws in staging_section(language, "possessives").values() for w in ws),
    }
    characters = [(at, cid) for at, kind, cid in nominals if kind == "character"]
    names = {w.lower() for at, cid in characters for w in re.findall(r"[^\W\d_]+", text[at:].split(" ")[0])}
    doers = [(at, kind, who) for at, kind, who in nominals if kind in ("character", "pronoun")]
    for start, kind, cid in doers:
        earlier = [c for a, c in characters if a < start]
        if not earlier or cid in earlier[:1] or not _acts_next(text, start, (kind, cid), verbs, subjects, language):
            continue
        words = list(re.finditer(r"[^\W\d_][\w'-]*", text[:start]))
        while words and words[-1].group().lower() in openers:
            words.pop()
        if not words or words[-1].group().lower() not in joins:
            continue
        # the first clause does something of its own: words after its first name besides names, articles, joins
        said = [w.group().lower() for w in words[:-1] if w.start() > characters[0][0]]
        if any(w not in names | openers | joins for w in said):
            return words[-1].start(), words[-1].end(), kind
    return None


# words that may follow a name and are no verb: "Ana and Lena too", "Tom or Ben", "Lena, who …"
_NO_VERBS = {
    "en": "too also or nor who whom whose which that yet so then together alone both all",
    "de": "oder auch der die das welcher welche zusammen allein beide",
    "es": "o u también que quien quienes juntos solos ambos",
    "fr": "ou aussi qui que ensemble seuls tous",
    "it": "o anche che chi insieme soli entrambi",
    "pt": "ou também que quem juntos sozinhos ambos",
    "ru": "или тоже также который которая вместе",
}


def _acts_next(
    text: str,
    at: int,
    subject: tuple[str, str],
    verbs: list[tuple[int, str, str]],
    subjects: list[tuple[str, str]],
    language: str,
) -> bool:
    """Whether the character named at `at` is the subject of the verb right after it: a verb of the table
    whose subject it is, or another word that opens no noun phrase and joins nothing ("Lena read a book",
    "Pablo dormía"): a verb the table has no pose for."""
    if any(
        v > at and doer == subject and _next_to(text, at, v, language)
        for (v, _, _), doer in zip(verbs, subjects, strict=True)
    ):
        return True
    after = re.findall(r"[^\W\d_][\w'-]*", text[at:])[1:2]  # the word after the name
    if not after or not after[0].islower():
        return False
    not_verbs = {
        *DETERMINERS.get(language, "").split(),
        *_BEFORE_NOUNS.get(language, "").split(),
        *_CLAUSE_JOINS.get(language, "").split(),
        *(w for ws in staging_section(language, "place_prepositions").values() for w in ws),
        *(w for ws in staging_section(language, "possessives").values() for w in ws),
        *_NO_VERBS.get(language, "").split(),
    }
    return after[0] not in not_verbs


def _joined(moment_id: str, text: str, first: Moment, second: Moment, previous: Moment | None) -> Moment:
    """One moment of a sentence whose two clauses have subjects of their own: the first clause's doer leads
    with its verb, the second's does its own verb (`Moment.acts`), and each holds the things of its clause.
    A doing with no pose of its own ("while Anna read") is done in the posture they were last in."""
    moment = first.model_copy(update={"id": moment_id, "text": text})
    moment.who = list(dict.fromkeys([*first.who, *second.who]))
    moment.who_words = list(dict.fromkeys([*first.who_words, *second.who_words]))
    moment.acts = {**first.acts, **second.acts}
    if second.who and second.who[0] not in first.who[:1]:
        doer = second.who[0]
        kept = _posture(doer, previous)  # "while Anna reads", seated: a doing of the hands, done as she sits
        acted = second.verb == "stand" or (second.verb in gestures.HANDS_ONLY and kept != "stand")
        moment.acts[doer] = kept if acted else second.verb
    taken = {p.key for p in first.props}
    moment.props = [*first.props, *(p for p in second.props if p.key not in taken)]
    moment.place, moment.place_words = first.place or second.place, first.place_words or second.place_words
    moment.extras = [*first.extras, *second.extras]
    if not first.who:  # the first clause is nobody's doing: the second leads
        moment.verb, moment.verb_words, moment.acts = second.verb, second.verb_words, second.acts
    return moment


def _gone_alone(first: Moment, second: Moment) -> Moment | None:
    """The clause of two whose doer goes to a place while the other's doer stays ("Tom stayed home while Ann
    ran to the garden"): the sentence is seen where that one went, and the one who stayed is not there."""
    if bool(first.place) == bool(second.place):
        return None
    mover, stayer = (first, second) if first.place else (second, first)
    if not mover.who or not stayer.who or stayer.verb in MOVES or set(stayer.who) & set(mover.who):
        return None
    return mover


def _posture(cid: str, previous: Moment | None) -> str:
    """The posture the one was last seen in (sitting, kneeling, lying), else standing."""
    if previous is None:
        return "stand"
    verb = previous.acts.get(cid) or (previous.verb if previous.who[:1] == [cid] else "stand")
    return verb if verb in _POSTURES else "stand"


def _cast_crowds(moment: Moment, characters: list[Character]) -> None:
    """A group of the cast ("the woodcutters", "Spatzen": script/groups.py) is drawn as a small crowd of its
    kind, doing the sentence's verb where it is the one doing it."""
    for character in characters:
        if character.crowd is None or character.id not in moment.who:
            continue
        verb = moment.verb if moment.who[:1] == [character.id] else "stand"
        same = [e for e in moment.extras if e.kind == character.crowd and e.animal == character.animal]
        if same and same[0].verb == "stand":
            same[0].verb = verb  # the crowd the sentence counts does what the group does
        if not same:
            moment.extras.append(
                Extra(kind=character.crowd, words=[character.name], verb=verb, animal=character.animal)
            )


def _dropped_subject(
    toks: list[Token], language: str, nominals: list[tuple[int, str, str]], previous: Moment | None
) -> list[str]:
    """ "Luego vertió la leche en una jarra": a language that drops its subject pronouns says who acts by
    the verb's ending alone. A sentence that names no one and whose first noun is a thing one handles, with
    a verb before it (not an article, a preposition or "había"), goes on with the one the story followed."""
    openings = set(staging_section(language, "openings_without_doer"))
    if not openings or previous is None or not previous.who or not toks or not nominals:
        return []
    if any(kind != "thing" for _, kind, _ in nominals) or not _handled(nominals[0][2]):
        return []
    determiners = set(DETERMINERS.get(language, "").split())
    prepositions = {w for ws in staging_section(language, "place_prepositions").values() for w in ws}
    first = toks[0]
    if first.text in openings | determiners | prepositions or first.start >= nominals[0][0]:
        return []
    return previous.who[:1]


_CARRIED_VEHICLES = {"skateboard", "sled", "wheel", "anchor"}  # the vehicles one carries or pulls along


def _handled(key: str) -> bool:
    """Whether a thing is one a person holds or sets down: no house, tree, horse, car, boat or wolf; a shell
    or a feather picked up where it lies."""
    kind = vocabulary.THINGS.get(key, ("",))[0]
    if key not in vocabulary.THINGS or kind == "animal" or key in _BIG or key in RIDEABLE or key in BOATS:
        return False
    if kind in _NOT_HELD:
        return key in _NATURE_IN_HANDS
    return kind != "vehicle" or key in _CARRIED_VEHICLES


def _thing_of_the_pronoun(moment: Moment, previous_text: str, language: str) -> list[Prop]:
    """The thing the sentence before named that this one acts on by a pronoun ("Anna opened it"): in the hands
    of the one who acts, given on, or (a chest, a table, a fire) beside them."""
    usable = {key for key in vocabulary.THINGS if _handled(key) or key in STANDING}
    thing = thing_referred_to(previous_text, language, usable)
    if thing is None:
        return []
    to = moment.who[1] if moment.verb == "give" and len(moment.who) > 1 else None
    role: PropRole = "carried" if moment.verb == "carry" else "given" if to else "held"
    role = "near" if thing.key in STANDING else role
    return [Prop(key=thing.key, role=role, holder=moment.who[0], to=to, words=list(thing.words))]


def _chased(text: str, language: str, verbs: list[tuple[int, str, str]]) -> list[Prop]:
    """The animal a chase is after, where it is no character: the first one named after the verb, as a
    prop held by nobody (drawn running ahead of the chaser)."""
    at = min(a for a, cls, _ in verbs if cls == "chase")
    animals = [
        m for m in vocabulary.things(language).find(text) if m.position > at and vocabulary.THINGS[m.key][0] == "animal"
    ]
    return [Prop(key=animals[0].key, role="near", holder=None, words=list(animals[0].words))] if animals else []


def _about_a_thing(
    moment: Moment,
    text: str,
    language: str,
    verbs: list[tuple[int, str, str]],
    subjects: list[tuple[str, str]],
    nominals: list[tuple[int, str, str]],
) -> None:
    """A sentence nobody acts in whose subject is a thing that can be drawn on its own ("a basket came
    floating down the river", "the bowl fell from the shelf"): the moment shows that thing (a prop "near",
    held by nobody), doing the sentence's verb (floating, falling), not an empty view or someone else."""
    # the sentence's first noun, a thing ("Ana opened the box": Ana, someone not of the cast, is its subject)
    first = next((n for n in nominals if n[0] == nominals[0][0] and n[1] == "thing"), None) if nominals else None
    if first is None or first[2] not in vocabulary.THINGS:
        return
    # before its verb ("the bowl fell"; not "Ana opened the box"), or opening a sentence without one we know
    if first[0] > min((at for at, _, _ in verbs), default=first[0]) or len(text[: first[0]].split()) > 2:
        return
    key = first[2]
    if key in _BIG or vocabulary.THINGS[key][0] in _NOT_HELD:
        return  # a tree or a house is in the picture already: the shot looks at it there
    words = next((list(m.words) for m in vocabulary.things(language).find(text) if m.key == key), [key])
    done = [v for v, (kind, sid) in zip(verbs, subjects, strict=True) if kind == "none" or sid == key]
    moment.verb, moment.verb_words = (_main_verb(done)[1], [_main_verb(done)[2]]) if done else ("stand", [])
    moment.props = [with_count(Prop(key=key, role="near", holder=None, words=words), text, language)]


def _counted(
    text: str, language: str, groups: dict[str, tuple[str, ...]], characters: list[Character], names: set[str]
) -> list[Counted]:
    """The groups the sentence counts or gathers, less any that is one of the cast (the seven kids of a
    tale whose kids speak are characters, not extras)."""
    cast_animals = {c.animal for c in characters if c.animal}
    return [
        c
        for c in counted_groups(text, language, groups)
        if c.word.lower() not in names and (c.animal is None or c.animal not in cast_animals)
    ]


def _group_id(group: Counted) -> str:
    return f"animals:{group.animal}" if group.animal else group.kind


# pronouns that say their referent's gender ("sie" and "they" do not: she, or they)
_PRONOUN_GENDER = {
    **dict.fromkeys(["he", "him", "il", "él", "lui", "ele", "он", "его", "ему", "ним", "er", "ihn", "ihm"], "male"),
    **dict.fromkeys(["she", "elle", "ella", "lei", "ela", "она", "её", "ей"], "female"),
}


_PLURAL = {"they", "ils", "elles", "ellos", "ellas", "loro", "eles", "elas", "они"}  # "them" is read as "they"


def _group_of(previous: Moment | None, recent: list[str], present: list[str]) -> list[str]:
    """Whom "they" stands for: those the story was following, if more than one; else the two named last."""
    followed = list(previous.who) if previous is not None else []
    if len(followed) >= 2:
        return followed[:_LISTENERS]
    near = [c for c in dict.fromkeys([*followed, *recent]) if c in present or c in followed]
    return near[:2] if len(near) >= 2 else []


def _referent(
    pronoun: str, previous: Moment | None, present: list[str], characters: list[Character], named: list[str]
) -> str | None:
    """Whom "he" or "she" stands for: the one the story was following if the pronoun fits them, else the
    nearest fitting one before (`present`: the last named first), never someone the sentence names; a
    pronoun that says no gender goes on with the one followed, one that fits nobody stands for someone
    whose gender is not known, never for one of the other gender."""
    followed = list(previous.who) if previous is not None else []
    order = [c for c in dict.fromkeys([*followed, *present]) if c not in named]
    if not order:
        return None
    gender = _PRONOUN_GENDER.get(pronoun.lower())
    by_id = {c.id: c for c in characters}
    fitting = [c for c in order if gender is None or by_id.get(c) is None or by_id[c].gender == gender]
    if followed and followed[0] in fitting[:1]:
        return followed[0]
    if gender is not None and fitting:
        return fitting[0]
    if gender is not None:  # "his hands" is nobody of the cast whose gender is known to be the other
        unknown = [c for c in order if by_id.get(c) is None or by_id[c].gender not in ("female", "male")]
        return unknown[0] if unknown else None
    return followed[0] if followed else (order[0] if len(order) == 1 else None)


def _named_before(pronoun: str, at: int, named: list[tuple[int, str, str]], characters: list[Character]) -> str | None:
    """A subject pronoun after a name in its own sentence stands for the one named there that it fits:
    the only one of its gender, else the first named (the sentence's subject)."""
    gender = _PRONOUN_GENDER.get(pronoun.lower())
    by_id = {c.id: c for c in characters}
    before = list(dict.fromkeys(cid for pos, cid, _ in named if 0 <= pos < at))
    fitting = [c for c in before if gender is None or c not in by_id or by_id[c].gender in (gender, "neutral")]
    known = [c for c in fitting if gender is not None and c in by_id and by_id[c].gender == gender]
    if len(known) == 1:
        return known[0]
    return fitting[0] if fitting else None


def _moved_where_the_tables_miss(moment: Moment, text: str, language: str) -> None:
    """An idiom of going ("made her way to the river") moves its people as a verb of going does; a vehicle
    ridden ("caught the train to the city") sets the sentence where the vehicle is (script/moves.py)."""
    if moment.place is None:  # "slipped into the barn": whatever the verb, into a place is a move
        moment.place, moment.place_words = gone_into(text, language) or (None, [])
    idiom = going_idiom(text, language) if moment.place is None else None
    if idiom is not None:
        place = _place_named(text, language)
        if place is not None:
            moment.place, moment.place_words = place
            if moment.verb in _POSTURES or not moment.verb_words:
                moment.verb, moment.verb_words = "walk", [idiom]
    start = setting_out(text, language) if moment.who else None
    if start is not None and moment.verb in _POSTURES:  # "machten sich auf den Weg": on their way
        moment.verb, moment.verb_words = "walk", [start]
    if start is not None and moment.place is None:  # "salieron de viaje": no place named, on the road
        moment.place, moment.place_words = "road", [start]
    ride = ridden(text, language, moment.verb)
    if ride is not None:
        moment.place, moment.place_words = ride
        if ride[0] in INTERIOR_SETTINGS:  # seen from inside the train: no train drawn in it
            moment.props = [p for p in moment.props if VEHICLE_SETTING.get(p.key) != ride[0]]
    way = on_the_road(text, language) if ride is None else None
    if way is not None:  # "was walking to the market": not there yet, on the road (script/journeys.py)
        moment.place, moment.place_words = "road", way


def _rides_to_its_place(moment: Moment, language: str) -> bool:
    """Whether the moment's place is the vehicle it rides (script/moves.py)."""
    ride = ridden(moment.text, language, moment.verb) if moment.who else None
    return ride is not None and ride[0] == moment.place


def _place_named(text: str, language: str) -> tuple[str, list[str]] | None:
    # "machte sich auf den Weg" names no road; a title card is only ever a heading; a place left or passed
    # through ("out of the village and through the forest to the lake") is not where they go (script/doors.py)
    said = text_for_places(text, language)
    found = [
        m
        for m in vocabulary.places(language).find(said)
        if m.key not in HEADING_ONLY and not left(said, m.position, m.position + len(m.words[0]), language)
    ]
    gone_to = [m for m in found if not passed_through(said, m.position, m.position + len(m.words[0]), language)]
    found = gone_to or found
    if not found:
        return None
    things = vocabulary.things(language)
    named = [m for m in found if not things.find(" ".join(m.words))]  # "the river", not "a boat" (sea)
    # one word for two places ("road": the road, a city street): the more specific
    best = (
        min(named, key=lambda m: (m.position, _PRIORITY.get(m.key, len(_PRIORITY))))
        if named
        else max(found, key=lambda m: (len(m.words), m.position, -_PRIORITY.get(m.key, len(_PRIORITY))))
    )
    return best.key, list(best.words)


def _written_as_name(word: str, text: str) -> bool:
    hits = [m.group(0) for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I)]
    return bool(hits) and all(h[:1].isupper() for h in hits)


def _only_a_name(words: list[str], text: str, name_spans: list[tuple[int, int]]) -> bool:
    """Every time the sentence says the thing's words, they are a cast name."""
    hits = [m.start() for w in words if w for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.I)]
    return bool(hits) and all(any(a <= at < b for a, b in name_spans) for at in hits)


def _props(
    moment: Moment,
    text: str,
    language: str,
    verbs: list[tuple[int, str, str]],
    scene_things: list[Thing],
    own: dict[str, str],
) -> list[Prop]:
    """The things the moment's people act with, and how; a verb that names none acts with what its
    subject had (`own`: role -> thing key): "he rowed on", "she rode home"."""
    verbs_at = {at for at, _, _ in verbs}
    named = [m for m in vocabulary.things(language).find(text) if m.position not in verbs_at]  # "pick up": no pick
    named = _heads(named, text, language)
    on_them = worn(named, text, language)  # "in an old coat", "put on her hat": worn, not in the hand
    named = [m for m in named if m.position not in on_them]
    classes = {v[1] for v in verbs}
    subject = moment.who[0] if moment.who else None
    boat = own.get("boat") or next((t.key for t in scene_things if t.key in BOATS), "canoe")
    if not named:
        if moment.verb == "row":  # in the boat they had, the scene's, or one the verb implies
            return [Prop(key=boat, role="boat", holder=subject)]
        if moment.verb == "ride" and own.get("ridden"):
            return [Prop(key=own["ridden"], role="ridden", holder=subject)]
        if moment.verb == "carry" and own.get("carried"):
            return [Prop(key=own["carried"], role="carried", holder=subject)]
        return []
    subject = moment.who[0] if moment.who else None
    props: list[Prop] = []
    used: set[str] = set()

    verb_at = {cls: at for at, cls, _ in reversed(verbs)}  # where each verb class is first named
    last = language in _VERB_LAST

    arms = bool(classes & _IN_ARMS_VERBS)  # "carried the lamb", "held the kitten": a small animal in the arms

    def take(keys: set[str] | None, role: PropRole, small: bool = False, after: AbstractSet[str] = frozenset()) -> None:
        at = min((verb_at[c] for c in after if c in verb_at), default=None)
        for m in named:
            kind = vocabulary.THINGS.get(m.key, ("",))[0]
            if m.key in used or (keys is not None and m.key not in keys):
                continue
            if small and (
                (kind in _NOT_HELD and m.key not in _NATURE_IN_HANDS)
                or m.key in _BIG
                or m.key in RIDEABLE
                or m.key in BOATS
                or (kind == "animal" and m.key not in _ANIMALS_IN_HANDS and not (arms and _in_arms(m, text)))
                or m.key in STANDING
            ):
                continue  # nobody holds a house, a horse, a wolf or a table in a hand
            if at is not None and (m.position < at) != last:
                continue  # the verb's object, not its subject: "the wolf carried" is not a wolf carried
            used.add(m.key)
            to = moment.who[1] if role == "given" and len(moment.who) > 1 else None
            props.append(Prop(key=m.key, role=role, holder=subject, to=to, words=list(m.words)))
            return

    if "ride" in classes:
        take(RIDEABLE, "ridden", after={"ride"})
    if classes & {"row", "sit", "go", "arrive"} or moment.verb == "row":
        take(BOATS, "boat")
    if "give" in classes or "sell_buy" in classes:
        take(None, "given", small=True, after={"give", "sell_buy"})
    if classes & {"carry", "take"}:
        take(None, "carried" if "carry" in classes else "held", small=True, after={"carry", "take"})
    hands = {"hold", "eat", "cook", "work", "fight", "play", "kneel", "open", "throw", "pull"}  # "knelt to plant"
    if classes & hands:
        take(None, "held", small=True, after=hands)
    if moment.verb == "row" and not any(p.role == "boat" for p in props):
        props.append(Prop(key=boat, role="boat", holder=subject))
    if subject is not None and not last:
        props += _around(moment, text, language, [m for m in named if m.key not in used], props)
    known = {t.key for t in scene_things} | set(own.values())
    # "three cups", "a stack of books": as many as the sentence says
    return [with_count(p, text, language) for p in props if p.key in known or p.role == "boat" or not known]


_MODIFIER_FIRST = {"en"}  # languages whose noun before a noun says what kind it is: "the apple tree"


def _heads(named: list[Match], text: str, language: str) -> list[Match]:
    """The things named, without a noun that only says what kind the next one is ("sat under the apple
    tree": a tree, no apple in the hand; "the water jug": a jug)."""
    if language not in _MODIFIER_FIRST:
        return named
    out = []
    for m in named:
        end = m.position + len(m.words[0]) if m.words else m.position
        portion = bool(m.words) and m.words[0].endswith(" of")  # "two glasses of whiskey": the glasses
        if not portion and any(o.position > m.position and not text[end : o.position].strip() for o in named):
            continue
        out.append(m)
    return out


# things that stand on the ground by whoever uses them, never in a hand; what is put "on" a surface is on it
# (a fire lit, a snowman built, a grave tended: on the ground by whoever the sentence says did it)
STANDING = {"table", "rug", "chair", "ladder", "chest", "fire", "snowman", "headstone"}
SURFACES = {"table"}
_SEATS = {"chair"}  # sat on: no seat stands beside one who sits
_AROUND_MOST = 3  # things drawn beside one who acts, besides what is in the hand


def _around(moment: Moment, text: str, language: str, named: list[Match], props: list[Prop]) -> list[Prop]:
    """The things a sentence names that no verb class took, for one who acts (a language that puts its verb
    before its object): the first small one, its verb's object, in the hand ("mended the net", "put on a
    jacket"); one named after it with a preposition of place beside them ("poured milk into a jug"); what
    stands on the ground (a table, a rug, a ladder) beside them, never in a hand; and a thing put "on" a
    surface ("set the bowl on the table") on it, the surface beside them."""
    prepositions = staging_section(language, "place_prepositions")
    on, at = set(prepositions.get("on", [])), set(prepositions.get("at", []))
    subject = moment.who[0]
    hands_full = any(p.role in ("held", "carried", "given") for p in props)
    low = text.lower()
    doer = min((low.find(w.lower()) for w in moment.who_words if w.lower() in low), default=0)
    out: list[Prop] = []
    places: set[str] = set()  # the things named as places: kept first where there are too many
    before = 0  # where the words before the next thing begin: after the one named before it
    for m in named:
        words = _words_before(text, before, m.position)
        before = m.position + len(m.words[0]) if m.words else m.position
        placed = bool(set(words) & (on | at))
        if not (_handled(m.key) or m.key in STANDING):
            continue  # a house, a horse or a tree is in the picture already
        if m.key in STANDING or placed:
            places.add(m.key)
        if m.key in STANDING:
            if not (m.key in _SEATS and moment.verb in _POSTURES - {"stand"}):  # "put the basket on the chair"
                out.append(Prop(key=m.key, role="near", holder=subject, words=list(m.words)))
            continue
        # "ran past the pumpkins", "hid in a bucket": one who moves or rests holds nothing the sentence only
        # sets them by, in or past
        if not hands_full and not (
            placed and (out or m.position < doer or moment.verb in MOVES | _POSTURES - {"stand"})
        ):
            hands_full = True
            out.append(Prop(key=m.key, role="held", holder=subject, words=list(m.words)))
        else:
            out.append(Prop(key=m.key, role="near", holder=subject, words=list(m.words)))
    # "set the bowl on the table": what was in the hand goes onto the surface named with "on" after it
    surface = next((m for m in named if m.key in SURFACES), None)
    if surface is not None and set(_words_before(text, 0, surface.position)) & on:
        earlier = {m.key for m in named if m.position < surface.position}
        out = [p.model_copy(update={"role": "near"}) if p.role == "held" and p.key in earlier else p for p in out]
    near = sorted((p for p in out if p.role == "near"), key=lambda p: p.key not in places)
    return [p for p in out if p.role != "near"] + near[:_AROUND_MOST]


def _words_before(text: str, start: int, at: int) -> list[str]:
    """The last three words between two places of the text, lower-cased: a preposition and its article."""
    return [w.lower() for w in re.findall(r"[^\W\d_][\w'-]*", text[start:at])][-3:]


# -- a scene read as moments, and cut where the story moves on ----------------------------------------


def stage_story(board: Storyboard) -> None:
    """Moments for every scene that has none (an edited storyboard keeps its own), and each narrated scene
    cut where its people move to a new place or its light or weather changes. Idempotent."""
    if any(scene.moments for scene in board.scenes):
        return
    language = board.language
    staged: list[Scene] = []
    belongings: dict[str, dict[str, str]] = {}
    previous: Moment | None = None  # the one a pronoun goes on with, from scene to scene
    recent: list[str] = []  # who was named last, first: whom else "he" or "she" may stand for
    hearing = Hearing(board.characters)  # who has left, died or fallen asleep: no listener until seen again
    said = ""  # the last sentence read: what "it" in the next may stand for
    where = Whereabouts("landscape", False)  # the inside last gone out of, the ground below a tree: kept on
    for scene in board.scenes:
        previous = _read_moments(scene, board.characters, language, belongings, previous, recent, hearing, said)
        said = scene.moments[-1].text if scene.moments else said
        staged.extend(_cut(scene, board, language, staged[-1] if staged else None, where))
    _no_empty_cards(staged, board, language)
    for scene in staged:
        hearing.prune(scene)
    staged = _stage_general(staged, board.characters, language)
    old_ids = {s.id for s in board.scenes}
    renamed: dict[str, str] = {}
    for n, scene in enumerate(staged, start=1):
        new_id = f"s{n}"
        renamed.setdefault(scene.id, new_id)
        scene.id = new_id
        for k, moment in enumerate(scene.moments):
            moment.id = f"{new_id}.m{k}"
        for k, shot in enumerate(scene.shots):
            shot.id = f"{new_id}.{k}"
    board.scenes = staged
    for scene in staged:  # each sentence carries the place it happens in
        for moment in scene.moments:
            moment.setting = scene.setting
    stage_newcomers(board)  # "they met a pedlar": one met midway is drawn where they are named
    board.analysis = {
        (
            renamed.get(key.split(".", 1)[0], key.split(".", 1)[0]) + "." + key.split(".", 1)[1]
            if "." in key and key.split(".", 1)[0] in old_ids
            else key
        ): value
        for key, value in board.analysis.items()
    }
    _seat_sitters(board)
    hold_postures(board)  # one a screenplay sits down stays seated till they get up
    count_cast_groups(board)  # "three little pigs": every shot of the Pigs draws three
    place_people_and_things(board)
    _mark_staged_things(board)
    read_appearance(board)  # "in a red cloak", "a tall man": how each looks, in every shot


def _read_moments(
    scene: Scene,
    characters: list[Character],
    language: str,
    belongings: dict[str, dict[str, str]],
    previous: Moment | None,
    recent: list[str],
    hearing: Hearing | None = None,
    said: str = "",
) -> Moment | None:
    hearing = hearing if hearing is not None else Hearing(characters)
    away = hearing.away
    present = [c for c in scene.people if c != "narrator"]
    # the people the scene names come first: a sentence names them more often than the others
    order = {cid: i for i, cid in enumerate(present)}
    ranked = sorted(characters, key=lambda c: order.get(c.id, len(order)))
    moments: list[Moment] = []
    units: list[tuple[str, str | None, int | None]] = []
    # an animal has no talking face: its lines are staged as moments of it speaking (it bobs as it talks)
    animals = {c.id for c in characters if c.animal and c.id in present}
    at: list[int] = []  # for each unit, the index of the line it is or comes before
    if scene.lines:
        units, at = _units_among_lines(scene, animals)
    elif scene.action:
        # an action paragraph is staged sentence by sentence: "Anna runs in. Ben sits down." are two doings
        units = [
            (sentence, None, i)
            for i, text in enumerate(scene.action)
            if text != scene.heading
            for sentence in action_sentences(text)
        ]
    speakers = {ln.id: ln.character_id for ln in scene.lines}
    heard = 0  # the lines gone by: said, or staged as units
    later = _named_later(units, characters, language)
    spoke: set[str] = set()
    for k, (text, line_id, action) in enumerate(units):
        for line in scene.lines[heard : at[k] if at else len(scene.lines)]:  # said before this: they are there
            hearing.speaks(line)
            spoke.add(line.character_id)
        heard = max(heard, (at[k] + (line_id is not None)) if at else len(scene.lines))
        # one first named in a later sentence ("then Grandma came in") is no one "he" or "they" is before
        here = [c for c in present if later.get(c, 0) <= k or c in spoke or any(c in m.who for m in moments)]
        speaker = speakers.get(line_id or "", "narrator")
        if speaker == "narrator" and line_id:
            # "said he," between a quote's two parts: the one who speaks, speaking (not an empty shot)
            speaker = _attributed(scene, line_id, text, language) or speaker
        if speaker != "narrator":
            hearing.says(line_id, speaker)
            # the one the quote calls ("Mother, look!"), or the attribution names ("said Tom to Mary")
            quote = text if speakers.get(line_id or "") == speaker else _quote_near(scene, line_id)
            called = [addressed(quote, characters, speaker)] if quote else []
            # names in the quote itself are only spoken of ("don't tell the farmer"): the attribution's call
            named = _who(text, characters, language) if text != quote else []
            absent = spoken_of(text, tokens(text, language), named, language)  # "pensó en su abuela"
            called += [cid for at, cid, _ in named if cid != speaker and at not in absent]
            hearing.called[line_id or ""] = {c for c in called if c}
            moments.append(
                _speaking(
                    f"{scene.id}.m{len(moments)}",
                    text,
                    line_id,
                    speaker,
                    previous,
                    [c for c in recent if c not in away],
                    here,
                    away=away,
                    called=[c for c in called if c],
                )
            )
            # '"Look!" said the boy. He ran': the speaker is the last subject, whom "he" goes on with
            previous = moments[-1]
            recent[:] = [speaker, *(c for c in recent if c != speaker)]
            continue
        m = read_moment(
            f"{scene.id}.m{len(moments)}",
            text,
            ranked,
            language,
            scene_things=scene.things,
            previous=previous,
            present=present,
            belongings=belongings,
            recent=[c for c in recent if c in here or c not in present],
            arrived=here,
            said_before=units[k - 1][0] if k else said,  # what "it" may stand for
        )
        m.line_id, m.action = line_id, action
        moments.append(m)
        previous = m if m.who else previous
        recent[:] = [*m.who, *(c for c in recent if c not in m.who)]
        hearing.acts(m, tokens(text, language), _who(text, characters, language), language)
    for line in scene.lines[heard:]:
        hearing.speaks(line)
    scene.moments = moments
    hearing.left_behind(moments, scene.lines)
    return previous


# a title in capitals, as a screenplay introduces someone ("MRS. ALVAREZ lounges ..."): no sentence's end
_CAPITAL_TITLE = re.compile(r"(?:^|\s)(?:MR|MRS|MS|DR|ST|SR|SRA|JR|PROF|MME|MLLE|HR|FR)\.$")


def action_sentences(text: str) -> list[str]:
    """An action paragraph's sentences; a title written in capitals goes on with the name after it."""
    out: list[str] = []
    for sentence in split_sentences(text):
        if out and _CAPITAL_TITLE.search(out[-1]):
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return out


def _units_among_lines(
    scene: Scene, animals: AbstractSet[str]
) -> tuple[list[tuple[str, str | None, int | None]], list[int]]:
    """What a scene with lines stages, in story order: its narrator's and animals' lines, and each sentence of
    the action paragraphs written between its lines ("Theo sits down." after one line and before the next);
    with, for each, the index of the line it is or comes before."""
    index = {ln.id: i for i, ln in enumerate(scene.lines)}
    placed: list[tuple[int, int, tuple[str, str | None, int | None]]] = []  # (line index, after the line?, unit)
    for i, ln in enumerate(scene.lines):
        if ln.character_id in ("narrator", *animals):
            placed.append((i, 1, (ln.text, ln.id, None)))
    if len(scene.action_before) == len(scene.action):
        for a, (text, before) in enumerate(zip(scene.action, scene.action_before, strict=True)):
            if text == scene.heading or (before is not None and before not in index):
                continue
            where = index[before] if before is not None else len(scene.lines)
            placed += [(where, 0, (sentence, None, a)) for sentence in action_sentences(text)]
    placed.sort(key=lambda p: p[:2])  # stable: a paragraph's sentences keep their order
    return [unit for _, _, unit in placed], [where for where, _, _ in placed]


def _named_later(
    units: list[tuple[str, str | None, int | None]], characters: list[Character], language: str
) -> dict[str, int]:
    """For each of the cast a scene's sentences name, the index of the first sentence that names them."""
    first: dict[str, int] = {}
    for k, (text, _, _) in enumerate(units):
        for _, cid, _ in _who(text, characters, language):
            first.setdefault(cid, k)
    return first


def _quote_near(scene: Scene, line_id: str | None) -> str:
    """The quote a narrated attribution stands beside: the character's line after it, else before it."""
    at = next((i for i, ln in enumerate(scene.lines) if ln.id == line_id), None)
    if at is None:
        return ""
    for near in (at - 1, at + 1):
        if 0 <= near < len(scene.lines) and scene.lines[near].character_id != "narrator":
            return scene.lines[near].text
    return ""


def _attributed(scene: Scene, line_id: str, text: str, language: str) -> str | None:
    """The speaker a narrated line only attributes a quote to ("said he,", "replied the horse.", "dit-il"):
    a line of a few words with a verb of saying, right after (or else right before) a character's line."""
    words = re.findall(r"\w+", text)
    verbs = set(SPEECH_VERBS.get(language, "").split())
    if not 1 < len(words) <= 5 or not any(w.lower() in verbs or lemma_of(w, language) in verbs for w in words):
        return None
    at = next((i for i, ln in enumerate(scene.lines) if ln.id == line_id), None)
    if at is None:
        return None
    for near in (at - 1, at + 1):
        if 0 <= near < len(scene.lines) and scene.lines[near].character_id != "narrator":
            return scene.lines[near].character_id
    return None


_LISTENERS = 4  # the most a line is shown said to


def _speaking(
    moment_id: str,
    text: str,
    line_id: str | None,
    speaker: str,
    previous: Moment | None,
    recent: list[str],
    present: list[str],
    *,
    away: AbstractSet[str] = frozenset(),
    called: list[str] | None = None,
) -> Moment:
    """A line an animal says: the speaker, and the one it speaks to (the one it calls, else whom the story
    was just following, or the last one named; none who has left), in the posture the speaker was last
    seen in. Nothing else is read from the words said: "stronger than a lion" brings no lion."""
    followed = [c for c in previous.who if c not in away] if previous is not None else []
    # those the story was just following are spoken to even across a paragraph's break ("Now, my dears")
    listeners = [c for c in followed if c != speaker][:_LISTENERS]
    if not listeners:
        listeners = [c for c in recent if c != speaker and c in present and c not in away][:1]
    if called:
        listeners = list(dict.fromkeys([*called, *listeners]))[:_LISTENERS]
    verb = "stand"
    if previous is not None and previous.who[:1] == [speaker] and previous.verb in _POSTURES:
        verb = previous.verb
    who = [speaker, *listeners]
    return Moment(id=moment_id, text=text, line_id=line_id, who=who, verb=verb)


def _cut(
    scene: Scene, board: Storyboard, language: str, before: Scene | None, where: Whereabouts | None = None
) -> list[Scene]:
    """The scene, cut before each narrated moment that moves its people to another drawable place, or
    that names a light or weather other than the one it is in. A cut needs a sentence on either side."""
    if not scene.moments or not scene.lines or scene.heading and _is_slug(scene.heading):
        return [scene]
    named_here = bool(scene.setting_words)  # the scene's own words name its place
    if before is not None and not scene.heading and not named_here and before.setting not in HEADING_ONLY:
        # a scene that names no place goes on where the one before it ended, after its last move ("She got
        # back to the kitchen. ¶ She cut the bread."), not where that one began
        # seen from inside where its own words put its people in there ("slept by the fire" in the same hut)
        inside = before.interior or (scene.interior and scene.setting == before.setting)
        scene.setting, scene.setting_words, scene.interior = before.setting, list(before.setting_words), inside
    line_index = {ln.id: i for i, ln in enumerate(scene.lines)}
    spoken = {ln.id for ln in scene.lines if ln.character_id != "narrator"}
    # what is said ("tonight") changes nothing; nor, here, does action written between the lines
    narrated = [m for m in scene.moments if m.line_id not in spoken and m.action is None]
    arrives = before is not None and _arrives_later(scene, narrated, before)
    setting = before.setting if before is not None and arrives else scene.setting
    # the weather goes on from the scene before until a sentence changes it (script/weather_said.py)
    time_of_day, weather = None, carried_weather(narrated[0].text if narrated else "", before, language)
    skies: list[str | None] = []  # the weather each narrated sentence leaves
    cuts: list[int] = []  # indexes into scene.lines
    # where the first sentence sets its people ("picked beans in the garden") is where the scene starts,
    # though it is named after the place they go to later ("went into the kitchen") (script/moves.py)
    start = located_in(narrated[0].text, language) if narrated and narrated[0].who and not arrives else None
    if start is not None and not narrated[0].place:
        setting = start[0]
    ride_to: tuple[str, list[str]] | None = None  # where a ride goes: the next sentence goes on there
    # up a tree and down again, out of doors and in, on the way (script/whereabouts.py); the side each move
    # puts its people on (True: inside)
    where = where or Whereabouts(setting, scene.interior)
    inside, sides = scene.interior, {}
    for k, moment in enumerate(narrated):
        first = k == 0
        when = times_said(moment.text, language)  # "night fell", "ночью" too (script/light_said.py)
        sky = weather_said(moment.text, language)
        changed = False
        if ride_to is not None and not moment.place and moment.who:
            moment.place, moment.place_words = ride_to
        if not moment.place and moment.who:  # a swim in a bedroom, "stepped outside"
            fit = fitting_setting(moment.text, language, moment.verb, setting)
            if fit is not None:
                moment.place, moment.place_words = fit[0], fit[1] or list(moment.verb_words)
                # the scene opens there: it is set there (up the tree its words name, on the house's roof)
                if first and (not named_here or moment.place in HEIGHTS):
                    scene.setting, scene.setting_words = fit[0], list(moment.place_words)
                    scene.interior = bool(BY_NAME[fit[0]].interior) if fit[0] in BY_NAME else False
        if not first and not moment.place and moment.who:  # "Anna sewed in her bedroom": set somewhere else
            there = located_in(moment.text, language)
            # "He went inside.": into the place the sentence before saw (script/journeys.py)
            there = there or place_gone_into(moment.text, narrated[k - 1].text, language)
            if there is not None and there[0] != setting:
                moment.place, moment.place_words = there
        if moment.who:
            where.setting, where.inside = setting, inside
            side = where.follow(moment, language)
            if side is not None and moment.place:
                sides[moment.id] = side
                # the scene opens there: it is set there (up the tree its words name, on the house's roof)
                if first and (not named_here or moment.place in HEIGHTS):
                    scene.setting, scene.setting_words, scene.interior = moment.place, list(moment.place_words), side
        ridden_here = ridden(moment.text, language, moment.verb) if moment.who else None
        ride_to = None
        if ridden_here is not None and moment.place == ridden_here[0]:
            ride_to = end_of_ride(moment.text, language, ridden_here[0], ridden_here[1])
        if moment.place and moment.who and (moment.place != setting or sides.get(moment.id, inside) != inside):
            setting, changed = moment.place, True
            inside = sides.get(moment.id, _side(moment, language))
        if when and time_of_day is None and not first and light_changes(moment.text, language):
            time_of_day = str(scene.time_of_day)  # the light changes from the time the scene opened in
        if when and when[0].key != time_of_day:
            if time_of_day is not None:
                changed = True
                moment.time_of_day = TIME_OF_DAY[when[0].key]
                moment.change_words += list(when[0].words)
            time_of_day = when[0].key
        if sky and sky[0] != (weather or CLEAR):
            if weather is not None or not first:
                changed = True
                moment.weather = sky[0]
                moment.change_words += sky[1]
            weather = sky[0]
        skies.append(weather)
        index = line_index.get(moment.line_id or "", 0)
        if changed and not first and index > 0 and (not cuts or index > cuts[-1]):
            cuts.append(index)
        elif first and moment.place:
            setting = moment.place
    if not cuts:
        weather_from_sentences([scene], narrated, skies)
        return [scene]
    parts: list[Scene] = []
    bounds = [0, *cuts, len(scene.lines)]
    previous = before or scene
    over = [_staged_over(scene, m) for m in scene.moments]  # before any part renumbers its action
    for n, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False)):
        lines = scene.lines[a:b]
        ids = {ln.id for ln in lines}
        moments = [m for m, line_id in zip(scene.moments, over, strict=True) if line_id in ids]
        side = sides.get(moments[0].id) if moments else None
        part = _part(scene, n, lines, moments, board, language, previous if n else before, arrives=arrives, side=side)
        _share_action(scene, part, ids)
        parts.append(part)
        previous = part
    weather_from_sentences(parts, narrated, skies)
    return parts


def _side(moment: Moment, language: str, place: str | None = None) -> bool:
    """Whether the place a moment goes to is seen from inside: a room is, a field is not; a shed or a mill
    is where the sentence goes into it."""
    from filmstudio.script.places import BY_NAME

    place = place or moment.place or ""
    side = BY_NAME[place].interior if place in BY_NAME else False
    if side is None:
        side = seen_inside(moment.place_words, moment.text, language)
    return bool(side)


def _staged_over(scene: Scene, moment: Moment) -> str | None:
    """The line a moment goes with: the narrated line it stages, or the one its action is seen over."""
    return scene.action_seen_over(moment.action) if moment.action is not None else moment.line_id


def _share_action(scene: Scene, part: Scene, ids: AbstractSet[str]) -> None:
    """A cut scene's part keeps the action paragraphs written among its own lines (its moments renumbered
    to them); where their places are not known, the first part keeps them all, as before."""
    if len(scene.action_before) != len(scene.action):
        return
    own = [i for i in range(len(scene.action)) if scene.action_seen_over(i) in ids]
    part.action = [scene.action[i] for i in own]
    part.action_before = [scene.action_before[i] for i in own]
    for moment in part.moments:
        if moment.action is not None and moment.action in own:
            moment.action = own.index(moment.action)


def _arrives_later(scene: Scene, narrated: list[Moment], before: Scene) -> bool:
    """The scene's place was read from a sentence that moves its people there after they did other things
    ("…she walked for a long time. At last she reached the river."): until then they are where they were."""
    if scene.heading or scene.setting == before.setting or not narrated or narrated[0].place:
        return False
    words = [w.lower() for w in scene.setting_words]
    for k, moment in enumerate(narrated):
        if moment.place == scene.setting and moment.who:
            return k > 0
        if any(w in moment.text.lower() for w in words):
            return False  # named before anyone goes there: the scene is set there
    return False


def _is_slug(heading: str) -> bool:
    """A screenplay's scene heading fixes its place: the scene is not moved by its action."""
    return bool(re.match(r"^\s*(?:INT|EXT|EST|I/E)[.\s/]", heading, re.I))


def _part(
    scene: Scene,
    n: int,
    lines: list[Line],
    moments: list[Moment],
    board: Storyboard,
    language: str,
    previous: Scene | None,
    *,
    arrives: bool = False,
    side: bool | None = None,
) -> Scene:
    """One part of a cut scene, read from its own sentences, going on from the part before (for the first
    part: from the scene before, as the scene itself was read, unless the scene's place is only reached
    later: `arrives`)."""
    from filmstudio.animation.shots import plan_shots

    body = " ".join(ln.text for ln in lines if ln.character_id == "narrator") or " ".join(ln.text for ln in lines)
    first = moments[0] if moments else None
    reading = describe_scene(
        scene.heading if n == 0 else "",
        body,
        language,
        previous=previous.setting if previous else None,
        previous_time=previous.time_of_day if previous else None,
        home=scene.setting if scene.setting in HOMES else None,  # a palace's door is the palace's
    )
    if n == 0 and not reading.setting_words:
        start = previous if arrives and previous is not None else scene
        reading.setting, reading.setting_words, reading.interior = (
            start.setting,
            start.setting_words if start is scene else [],
            start.interior,
        )
    # a room of a grand building is its grand room: the castle's hall, the queen's chamber (script/grand_rooms.py)
    grand = grand_home(scene.setting, story_home(" ".join(ln.text for ln in scene.lines), language))
    # a part opened by a move, or a scene opened by a ride ("caught the train to the city": in the train)
    if first is not None and first.place and (n or _rides_to_its_place(first, language)):
        place = grand_variant(first.place, grand, body, language)
        reading.setting, reading.setting_words = place, list(first.place_words)

        reading.interior = _side(first, language, place) if side is None else side
    else:
        reading.setting = grand_variant(reading.setting, grand, body, language)
    own = things_not_cast(reading.things, board.characters, language, body)
    # the train a part is set inside is all around, no thing in it (script/moves.py)
    own = [m for m in own if not (VEHICLE_SETTING.get(m.key) == reading.setting in INTERIOR_SETTINGS)]
    own = [m for m in own if m.key not in OWN_THINGS.get(reading.setting, ())]  # no tree in its own treetop
    things = [Thing(key=m.key, words=list(m.words), colour=reading.thing_colours.get(m.key)) for m in own]
    people = list(
        dict.fromkeys(
            [
                *(cid for m in moments for cid in m.who),
                *(ln.character_id for ln in lines if ln.character_id != "narrator"),
            ]
        )
    )
    if n and not people and previous:
        people = list(previous.people)
    part_id = f"{scene.id}.{n}" if n else scene.id
    return Scene(
        id=part_id,
        heading=scene.heading if n == 0 else "",
        action=scene.action if n == 0 else [],
        setting=reading.setting,
        setting_words=reading.setting_words,
        interior=reading.interior,
        time_of_day=(first.time_of_day if n and first and first.time_of_day else reading.time_of_day),
        weather=(first.weather if n and first and first.weather else reading.weather),
        mood=reading.mood,
        description=reading.description,
        things=things,
        people=people or scene.people,
        lines=lines,
        shots=plan_shots(part_id, lines),
        moments=moments,
        readings=dict(scene.readings),
    )


# -- morals, proverbs and the narrator's comments: the story's people, not an empty place ------------------

_MAIN_CAST = 3  # the most a closing shot shows


def _stage_general(scenes: list[Scene], characters: list[Character], language: str) -> list[Scene]:
    """A moral ("Moral: …", "शिक्षा: …"), a proverb or the narrator's comment names nobody acting: staged
    as it reads, it is an empty view of the place under its subtitle. At the story's end (and a sentence in
    the present there, closing a tale told in the past) it shows the story's main characters at rest in the
    last place; or, where nobody of the story can be drawn, it is a title card. Said in the middle of the
    story (a comment, a refrain) it shows the ones the story is following. A title line read aloud at the
    top is a title card."""
    speakers = {ln.id: ln.character_id for s in scenes for ln in s.lines}
    told = [m for s in scenes for m in s.moments if speakers.get(m.line_id or "", "narrator") == "narrator"]
    scene_of = {id(m): s for s in scenes for m in s.moments}
    if not told:
        return scenes
    drawn = {c.id for c in characters if c.id != "narrator" and (c.drawn or c.animal)}
    tense = knows_tense(language)
    past = [in_the_past(m.text, language) for m in told]
    story_past = tense and 2 * sum(past) >= len(told)
    said = [_plain(m.text) for m in told]

    def general(k: int, at_end: bool) -> bool:
        m = told[k]
        if moral_label(m.text, language):
            return True
        if m.who_words:  # about someone of the story ("The hare, who was proud, laughed")
            return False
        now = not past[k] or not tense
        if generic_subject(m.text, language) and now:
            return True
        if m.who or m.extras or _personal(m.text, language):  # "His hands could not hold the cup": someone's
            return False
        if closing_formula(m.text, language) and now:
            return True
        refrain = said.count(said[k]) > 1 and len(said[k]) >= 8
        return refrain or (at_end and story_past and now)

    closing: list[Moment] = []
    for k in range(len(told) - 1, 0, -1):  # the last sentences, while they are general
        if not general(k, at_end=True):
            break
        closing.insert(0, told[k])
    main = _main_characters(scenes, drawn, set(map(id, closing)))
    followed: list[str] = []
    for k, m in enumerate(told):
        if any(m is c for c in closing):
            _at_rest(m, main)
        elif general(k, at_end=False) and k > 0:
            _at_rest(m, [c for c in followed if c in drawn] or main)
            scene = scene_of[id(m)]
            scene.people = list(dict.fromkeys([*scene.people, *m.who]))
        elif m.who:
            followed = list(m.who)
    _title_line(scenes, language)
    return _closing_scenes(scenes, closing, main)


def _personal(text: str, language: str) -> bool:
    """Whether the sentence says "he", "his" or "him": it speaks of someone."""
    words = set(words_of(language).pronouns)
    for section in ("possessives", "object_pronouns"):
        words |= {w for ws in staging_section(language, section).values() for w in ws}
    return any(t.text in words for t in tokens(text, language))


def _main_characters(scenes: list[Scene], drawn: set[str], leave: set[int]) -> list[str]:
    """Those who acted most (in the most moments), the most first: at most three, each in at least
    two fifths as many moments as the first (the tortoise and the hare, not the fox who watched once)."""
    score: dict[str, int] = {}
    for scene in scenes:
        for m in scene.moments:
            if id(m) in leave:
                continue
            for cid in dict.fromkeys(m.who):
                score[cid] = score.get(cid, 0) + 1
    ranked = sorted((c for c in score if c in drawn), key=lambda c: -score[c])
    return [c for c in ranked if score[c] >= 0.4 * score[ranked[0]]][:_MAIN_CAST] if ranked else []


def _at_rest(moment: Moment, who: list[str]) -> None:
    """The moment as a calm shot of these people standing, nothing in hand, nobody else."""
    moment.who, moment.who_words = list(who), []
    moment.verb, moment.verb_words = "stand", []
    moment.place, moment.place_words = None, []
    moment.props, moment.extras = [], []
    moment.expression, moment.expression_words = None, []
    moment.general = True


def _closing_scenes(scenes: list[Scene], closing: list[Moment], main: list[str]) -> list[Scene]:
    """A scene of closing sentences alone is the last place again (the same picture); where nobody can be
    drawn, the closing sentences are a title card of their own."""
    if not closing:
        return scenes
    ids = {id(m) for m in closing}
    out = list(scenes)
    for n, scene in enumerate(scenes):
        mine = [m for m in scene.moments if id(m) in ids]
        if not mine:
            continue
        alone = len(mine) == len(scene.moments) and all(ln.character_id == "narrator" for ln in scene.lines)
        if main:
            if alone and n > 0 and scenes[n - 1].setting != "title_card":
                _same_place(scene, scenes[n - 1])
            scene.people = list(dict.fromkeys([*scene.people, *main]))
            continue
        if alone:
            _title_card(scene)
            continue
        first = next((i for i, ln in enumerate(scene.lines) if ln.id == mine[0].line_id), None)
        if first is None or first == 0 or {ln.id for ln in scene.lines[first:]} != {m.line_id for m in mine}:
            continue
        from filmstudio.animation.shots import plan_shots

        lines = scene.lines[first:]
        card = Scene(id=f"{scene.id}.card", lines=lines, moments=mine, shots=plan_shots(f"{scene.id}.card", lines))
        _title_card(card)
        scene.lines = scene.lines[:first]
        scene.moments = [m for m in scene.moments if id(m) not in ids]
        scene.shots = plan_shots(scene.id, scene.lines)
        out.insert(out.index(scene) + 1, card)
    return out


def _no_empty_cards(scenes: list[Scene], board: Storyboard, language: str) -> None:
    """A screenplay's title sequence ("MAIN TITLES") that nobody speaks in has no words on its card (action
    is not subtitled): it shows the place its action names, with the people it names, the titles running
    over it; naming none, the place of the scene before it (or, first, after it). Never a dark card."""
    for n, scene in enumerate(scenes):
        if scene.setting not in HEADING_ONLY or scene.lines or not scene.action:
            continue
        placed = [s for s in (*reversed(scenes[:n]), *scenes[n + 1 :]) if s.setting not in HEADING_ONLY]
        before = next((s for s in reversed(scenes[:n]) if s.setting not in HEADING_ONLY), None)
        body = " ".join(a for a in scene.action if a != scene.heading)
        reading = describe_scene("", body, language, previous=before.setting if before is not None else None)
        if reading.setting_words or not placed:
            scene.setting, scene.setting_words, scene.interior = (
                reading.setting,
                reading.setting_words,
                reading.interior,
            )
            scene.time_of_day, scene.weather, scene.mood = reading.time_of_day, reading.weather, reading.mood
            scene.description = reading.description
        else:  # the nearest place before it, or the first after it
            _same_place(scene, placed[0])
        own = things_not_cast(reading.things, board.characters, language, body)
        known = {t.key for t in scene.things}
        scene.things += [Thing(key=m.key, words=list(m.words)) for m in own if m.key not in known]
        scene.people = list(dict.fromkeys([*scene.people, *(c for m in scene.moments for c in m.who)]))


def _same_place(scene: Scene, before: Scene) -> None:
    """The scene drawn as the one before it was: its place, light, weather, mood and things."""
    scene.setting, scene.setting_words, scene.interior = before.setting, list(before.setting_words), before.interior
    scene.time_of_day, scene.weather, scene.mood = before.time_of_day, before.weather, before.mood
    scene.description = before.description
    scene.things = [t.model_copy(deep=True) for t in before.things]


def _title_card(scene: Scene) -> None:
    """The scene as a plain title card: its words are the subtitle's (nothing is drawn on the card)."""
    scene.setting, scene.setting_words, scene.interior = "title_card", [], False
    scene.time_of_day, scene.weather, scene.mood = "day", "clear", "calm"
    scene.things, scene.people = [], []
    for m in scene.moments:
        m.who, m.who_words, m.props, m.extras, m.place, m.place_words = [], [], [], [], None, []


_TITLE_WORDS = 9  # the longest title line, in words (in characters: three times as many, written without spaces)


def _title_line(scenes: list[Scene], language: str) -> None:
    """A story's first paragraph that is one short line whose words are capitalised as a title's ("The
    Boy Who Cried Wolf."), or that names its people with no verb ("शेर और चूहा।"), is its title read aloud
    (front matter the reading took off is not read): a title card, not a view of the first place."""
    if len(scenes) < 2 or len(scenes[0].lines) != 1 or len(scenes[0].moments) != 1:
        return
    line, moment = scenes[0].lines[0], scenes[0].moments[0]
    text = line.text.strip()
    if line.character_id != "narrator" or re.search(r"[,;:!?，；：！？、]", text):
        return
    if (len(text) > 3 * _TITLE_WORDS) if is_spaceless(language) else (len(text.split()) > _TITLE_WORDS):
        return
    if _title_cased(text):  # "The Boy Who Cried Wolf."
        _title_card(scenes[0])
        return
    if _found(words_of(language).verbs, text, tokens(text, language), language) or in_the_past(text, language):
        return
    if moment.who_words or _caseless(text) and not _names_where_or_when(text, language):
        _title_card(scenes[0])


def _caseless(text: str) -> bool:
    """Written in a script without capitals (Devanagari, kana, Han): a title is not told by them."""
    return not any(ch.isupper() or ch.islower() for ch in text)


def _names_where_or_when(text: str, language: str) -> bool:
    """ "एक ठंडी सुबह।": a line that names a place, a light or a weather sets the scene; it is no title."""
    found = (vocabulary.places(language), vocabulary.times(language), vocabulary.weathers(language))
    return any(table.find(text) for table in found)


def _title_cased(text: str) -> bool:
    """ "How the Camel Got His Hump": every longer word capitalised, in a script that has capitals."""
    words = re.findall(r"[^\W\d_]+", text)
    longer = [w for w in words if len(w) > 3]
    return len(words) >= 2 and bool(longer) and all(w[0].isupper() for w in longer) and words[0][0].isupper()


# -- what one who sits sits on ------------------------------------------------------------------------

# the seats a sentence names, by the thing's key, drawn as: a bench, a stool, a chair, a rock, a log
_SEAT_NAMED = {"chair": "chair", "couch": "bench", "rock": "rock", "wood": "log"}
_SEAT_WORDS = ("bench", "stool")  # named as a chair by the things table, drawn as themselves
# a sentence that sits its people on these sits them on the ground itself (no seat under them)
_GROUND_WORDS = {
    "en": "ground floor grass sand earth",
    "de": "boden gras erde sand",
    "es": "suelo hierba arena tierra",
    "fr": "sol herbe sable terre",
    "it": "terra pavimento erba sabbia",
    "pt": "chão grama areia",
    "ru": "земле полу траве песке",
}
_WOODED = {"forest", "garden", "park", "farm", "campfire", "swamp", "cabin", "mill", "stable", "tool_shed"}


def _seat_sitters(board: Storyboard) -> None:
    """Everyone a moment sits down gets something to sit on (a `seat` prop): the seat the sentence names,
    the ground where it says so, else one that suits the place (a bench indoors, a log in the woods, a
    rock elsewhere); none for one in a boat or on an animal, which is their seat."""
    beasts = {c.id for c in board.characters if c.animal or c.crowd}  # an animal sits on its haunches
    names = {t.lower() for c in board.characters if c.id != "narrator" for t in name_tokens(c.name)}
    for scene in board.scenes:
        sitting: dict[str, Prop] = {}  # who sat in the moment before, and on what: they sit on it still
        for moment in scene.moments:
            _seat(moment, scene, board.language, sitting, beasts, names)
            sitting = {p.holder: p for p in moment.props if p.role == "seat" and p.holder}


def _sitters(moment: Moment) -> list[str]:
    # those drawn sitting (animation/staged.py): all of them where the verb is sitting, unless a clause of
    # their own gives one another verb; and each whose own clause sits them
    together = [c for c in moment.who if moment.acts.get(c, "sit") == "sit"] if moment.verb == "sit" else []
    return [*together, *(c for c, verb in moment.acts.items() if verb == "sit" and c not in together)]


def _seat(
    moment: Moment,
    scene: Scene,
    language: str,
    sitting: dict[str, Prop],
    beasts: AbstractSet[str],
    names: AbstractSet[str] = frozenset(),
) -> None:
    if any(p.role in ("boat", "ridden") for p in moment.props):
        return  # the boat or the horse is what they sit on
    seated = {p.holder for p in moment.props if p.role == "seat"}
    sitters = [c for c in _sitters(moment) if c not in seated and c not in beasts]
    if not sitters:
        return
    key, words = _seat_key(moment.text, scene, language, names)
    # one who sat in the moment before sits there still ("… while Anna read": on her log), unless the
    # sentence sits them down anew on a seat it names ("then she sat on the grass")
    anew = {moment.who[0]} if moment.verb == "sit" and moment.who and words else set()
    moment.props += [sitting[c].model_copy() for c in sitters if c in sitting and c not in anew]
    new = [c for c in sitters if c not in sitting or c in anew]
    if not new:
        return
    moment.props = [p for p in moment.props if not (p.role == "near" and p.key == key)]
    moment.props += [Prop(key=key, role="seat", holder=cid, words=words) for cid in new]


def _seat_key(text: str, scene: Scene, language: str, names: AbstractSet[str] = frozenset()) -> tuple[str, list[str]]:
    """The seat a sentence names ("sat on a rock", "on the bench"), or the ground it names, or the place's;
    a cast name is no seat ("STONE sits on the bench")."""
    for m in vocabulary.things(language).find(text):
        if m.key in _SEAT_NAMED and not all(w.lower() in names and _written_as_name(w, text) for w in m.words):
            named = " ".join(m.words).lower()
            return next((w for w in _SEAT_WORDS if w in named), _SEAT_NAMED[m.key]), list(m.words)
    ground = set(_GROUND_WORDS.get(language, "").split())
    said = [t.text for t in tokens(text, language) if t.text in ground or t.lemma in ground]
    if said:
        return "ground", said[:1]
    if scene.setting in HEIGHTS:  # on the bough, the roof, the pit's floor itself: no seat carried up
        return "ground", []
    if scene.interior:
        return "bench", []
    return ("log" if scene.setting in _WOODED else "rock"), []


def _mark_staged_things(board: Storyboard) -> None:
    """Things the people act with are drawn with them, animals that are characters act as themselves,
    and a herd the words count comes on with its sentence: none is painted into the scene's still."""
    animals = {c.animal for c in board.characters if c.animal}
    # in a story told or directed (not one all dialogue), what is seen is what the narration or action names
    told_anywhere = any(s.action or any(ln.character_id == "narrator" for ln in s.lines) for s in board.scenes)
    for scene in board.scenes:
        # what the people act with, and a thing a sentence is about (drawn in its shot, doing its verb)
        acting = {p.key for m in scene.moments for p in m.props}
        acting |= {e.animal for m in scene.moments for e in m.extras if e.animal}  # a herd comes with its words
        staged_animals = {c.animal for c in board.characters for m in scene.moments if c.animal and c.id in m.who}
        # the reading leaves a cast animal out of the scene's things (script/cast_things.py): one that is
        # there and acts in no moment is painted into the still, as itself
        for c in board.characters:
            if c.animal is None or c.id not in scene.people or c.animal in staged_animals:
                continue
            if c.animal not in {t.key for t in scene.things}:
                scene.things.append(Thing(key=c.animal, words=[c.name]))
        told = _told(scene) if told_anywhere else None
        spoken = _plain(" ".join(ln.text for ln in scene.lines if ln.character_id != "narrator"))
        for thing in scene.things:
            thing.staged = thing.key in acting or (thing.key in animals and thing.key in staged_animals)
            # named in what someone says and nowhere else (a thing a creator adds is named nowhere: it is there)
            words = [w.lower() for w in thing.words]
            thing.said = told is not None and any(w in spoken for w in words) and not any(w in told for w in words)
        for m in scene.moments:  # a boat the text implies (someone rows) is drawn with the rower
            for p in m.props:
                if p.role != "seat" and p.key not in {t.key for t in scene.things}:
                    scene.things.append(Thing(key=p.key, words=list(p.words), staged=True))


def _told(scene: Scene) -> str:
    """The words of a scene that say what is there: its heading, action and narration, not its speech
    (which a prose scene's action holds too, as printed)."""
    narration = [ln.text for ln in scene.lines if ln.character_id == "narrator"]
    told = _plain(" ".join([scene.heading, *scene.action, *narration]))
    for line in scene.lines:
        if line.character_id != "narrator":
            told = told.replace(_plain(line.text), " ")
    return told


def _plain(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").split()).lower()


def describe_moment(moment: Moment) -> str:
    """One line for a person reading the plan: who does what, where, with what, feeling how, and why."""
    who = " and ".join(moment.who) or "nobody"
    parts = [f"{who} {moment.verb}" + (f" ({', '.join(moment.verb_words)})" if moment.verb_words else "")]
    parts += [f"{cid} {verb}" for cid, verb in moment.acts.items()]  # a clause of their own
    if moment.touch and moment.touched:
        parts.append(f"touches {moment.touched} ({moment.touch})")
    if moment.acts_on:  # "drag goat", "feed rex": the being acted on (script/done_to.py)
        parts.append(f"{moment.acts_on} {moment.acted_on or 'an animal'}")
    if moment.place:
        parts.append(f"to {moment.place} ({', '.join(moment.place_words)})")
    parts += [
        f"{p.role} {p.key}" + (f" to {p.to}" if p.to else "") + (f" by {p.holder}" if moment.acts and p.holder else "")
        for p in moment.props
    ]
    if moment.expression:
        parts.append(f"feels {moment.expression} ({', '.join(moment.expression_words)})")
    if moment.time_of_day or moment.weather:
        parts.append(
            f"now {moment.time_of_day or ''} {moment.weather or ''} ({', '.join(moment.change_words)})".replace(
                "  ", " "
            )
        )
    parts += [f"a crowd of {e.kind} {e.verb} ({', '.join(e.words)})" for e in moment.extras]
    return "; ".join(parts)


def _held_description(moment: Moment) -> str:
    """A held shot's line for the report: its people as the moment left them (`Shot.held`)."""
    held = ", ".join(f"{cid} {posture}" for cid, posture in moment.postures.items())
    return f"lines said, as {moment.id} left them: {held}"


def staging_plan(board: Storyboard) -> list[dict[str, object]]:
    """Every shot with the moment it stages (None: a view of the place or a thing), for the report."""
    plan: list[dict[str, object]] = []
    for scene in board.scenes:
        moments = {m.id: m for m in scene.moments}
        for shot in scene.shots:
            moment = moments.get(shot.moment or "")
            plan.append(
                {
                    "shot": shot.id,
                    "kind": shot.kind,
                    "start": shot.start,
                    "end": shot.end,
                    "setting": scene.setting,
                    "time_of_day": scene.time_of_day,
                    "weather": scene.weather,
                    "text": moment.text if moment and not shot.held else None,
                    "staged": (_held_description(moment) if shot.held else describe_moment(moment)) if moment else None,
                    "shows": shot.shows,
                }
            )
    return plan
