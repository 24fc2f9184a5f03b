"""A being that is the object of a verb ("Tom dragged the sheep", "the dog chased the hens", "Ana fed Rex",
"Paul führte die Ziege zum Fluss", "Rex garda les moutons"): the moment keeps what the doer does to it
(`Moment.acts_on`, a relation class) and who it is (`Moment.acted_on`, one of the cast), or, for an animal
named only there, a prop "near" held by nobody, so the shot draws it where the verb puts it
(animation/done_to.py):

- drag: the doer ahead, facing away, the other behind (drag, haul, pull, tow);
- chase: both running, the chaser behind (chase, hunt, run after);
- lead: side by side, the led a step behind (lead, guide, walk a being);
- feed: the doer's hand held out to the other;
- catch: the doer's hands on the other (catch, seize, grab);
- carry: the other held up in the doer's arms;
- follow: the doer behind, the same way;
- guard: the doer beside the other, turned to it (guard, watch over, tend, herd);
- drive: the doer walks behind the animal it drives on its way ("drove their donkey to the fair", "trieb die
  Kuh zum Markt"), never rides it; a person driven is taken in a vehicle, no relation.

The verbs are a closed set per language, matched by lemma (script/lemmas.py); a phrase is its first word's
lemma and the words that follow it as written ("ran after", "corrió tras", "tira de"). The relation holds
only where a being is the verb's object: the first of the cast, pronoun or animal named after the verb in
its clause, with nothing else (a cart, a rope) named before it ("dragged the cart with the donkey": none)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.presence import Word
from filmstudio.script.staging_data import staging_section
from filmstudio.storyboard import Moment, Prop

RELATIONS = ("drag", "chase", "lead", "feed", "catch", "carry", "follow", "guard", "drive")

# relation -> the verbs (lemmas) and phrases that say it, per language
_VERBS: dict[str, dict[str, str]] = {
    "en": {
        "drag": "drag haul tow pull tug heave",
        "chase": "chase pursue hunt|ran after|run after|runs after|running after|went after|go after",
        "lead": "lead guide escort walk",
        "feed": "feed",
        "catch": "catch seize grab snatch capture trap grip grasp",
        "carry": "carry lift cradle",
        "follow": "follow trail",
        "guard": "guard guarded guards guarding protect tend herd mind|watched over|watch over|watches over|watching over|looked after",
        "drive": "drive",
    },
    "es": {
        "drag": "arrastrar remolcar jalar|tiró de|tira de|tiraba de|tiraron de",
        "chase": "perseguir cazar acosar|corrió tras|corría tras|corrieron tras|corrió detrás|fue tras|salió tras",
        "lead": "guiar conducir pasear llevar",
        "feed": "alimentar|dio de comer|daba de comer|dieron de comer",
        "catch": "atrapar agarrar capturar coger apresar prender",
        "carry": "cargar alzar",
        "follow": "seguir",
        "guard": "vigilar custodiar cuidar proteger pastorear guardar",
        "drive": "arrear",
    },
    "fr": {
        "drag": "traîner tirer remorquer",
        "chase": "poursuivre pourchasser chasser traquer|courut après|courait après|coururent après",
        "lead": "guider mener conduire promener emmener",
        "feed": "nourrir|donna à manger|donnait à manger",
        "catch": "attraper saisir capturer empoigner agripper",
        "carry": "porter soulever",
        "follow": "suivre",
        "guard": "garder surveiller protéger",
        "drive": "pousser",
    },
    "de": {
        "drag": "ziehen zerren schleppen schleifen",
        "chase": "jagen verfolgen nachjagen nachlaufen hetzen",
        "lead": "führen geleiten begleiten",
        "feed": "füttern",
        "catch": "fangen packen ergreifen schnappen festhalten",
        "carry": "tragen hochheben",
        "follow": "folgen",
        "guard": "bewachen hüten beschützen",
        "drive": "treiben antreiben",
    },
    "ru": {"drive": "гнать погнать пригнать"},
}
_IN_HAND = {"catch", "carry"}  # relations that may hold a small animal in the arms, as a thing is held
# object pronouns written before the verb, and the gender each tells (None: either)
_CLITICS: dict[str, dict[str, str | None]] = {
    "es": {"lo": "male", "la": "female", "le": None},
    "fr": {"le": "male", "la": "female"},
    "it": {"lo": "male", "la": "female"},
}
# what a group acted on does
_GROUP_VERB = {"drag": "walk", "lead": "walk", "follow": "walk", "chase": "run", "drive": "walk"}
_WORDS_AFTER = 5  # how far after its verb the being it acts on may be named
_CLAUSE_END = re.compile(r"[.;:!?,—–]")
# the words between a verb and its object that name no other thing: articles, possessives, numbers
_SMALL = {
    "en": "the a an his her their its my our your some two three few little old young poor",
    "es": "el la los las un una unos unas su sus a al del mi tu dos tres pequeño pequeña viejo vieja",
    "fr": "le la les l un une des du de son sa ses leur leurs mon ma mes à au aux deux trois petit petite vieux vieille",
    "de": "der die das den dem des ein eine einen einem einer sein seine seinen ihr ihre ihren zwei drei kleine kleinen alte alten "
    "er sie es wir",  # the subject after its verb: "trieben sie die Kuh"
    "ru": "свою свой своего свою своих его её их эту этого этих старую старого",
}


@lru_cache(maxsize=16)
def _table(language: str) -> tuple[dict[str, str], list[tuple[str, tuple[str, ...]]]]:
    """(lemma -> relation, [(relation, phrase words)]) for the language."""
    lemmas: dict[str, str] = {}
    phrases: list[tuple[str, tuple[str, ...]]] = []
    for relation, entries in _VERBS.get(language, {}).items():
        head, *more = entries.split("|")
        for word in head.split():
            lemmas.setdefault(word, relation)
        phrases += [(relation, tuple(p.split())) for p in more]
    return lemmas, phrases


def _relation_at(toks: Sequence[Word], i: int, language: str) -> tuple[str, int] | None:
    """(the relation the verb at token `i` says, the index of its last word) or None."""
    lemmas, phrases = _table(language)
    for relation, words in phrases:
        if tuple(t.text for t in toks[i : i + len(words)]) == words:
            return relation, i + len(words) - 1
    tok = toks[i]
    found = lemmas.get(tok.lemma) or lemmas.get(tok.text)
    return (found, i) if found else None


def _clause_end(text: str, at: int) -> int:
    found = _CLAUSE_END.search(text, at)
    return found.start() if found else len(text)


def read_done_to(
    moment: Moment,
    toks: Sequence[Word],
    text: str,
    language: str,
    named: list[tuple[int, str, str]],
    nearby: Sequence[str] = (),
    genders: dict[str, str] | None = None,
    animals: Collection[str] = (),
) -> None:
    """Set what the moment's doer (`who[0]`) does to another being named after its verb, if it does: the
    relation, the one of the cast (put in `who` after the doer) or the animal (a prop "near", no holder).
    A clitic before the verb ("Lucía lo alimentó", "Léa la suivit") stands for the nearest of `nearby` (those
    the story was just following) whose gender it fits. `animals`: the cast drawn as animals."""
    if not moment.who or language not in _VERBS or moment.touch is not None:
        return
    doer = moment.who[0]
    small = set(_SMALL.get(language, "").split())
    pronouns = {w: p for p, words in staging_section(language, "object_pronouns").items() for w in words}
    beings = _beings_named(text, language)
    things = {m.position for m in vocabulary.things(language).find(text)}
    doer_at = min((at for at, cid, _ in named if cid == doer), default=-1)
    for i, tok in enumerate(toks):
        # "Tom watched Rex chase the hens": a verb another one named after the doer does is theirs
        if any(doer_at < at < tok.start and cid != doer for at, cid, _ in named):
            continue
        # a verb before its doer only where the doer follows it ("Am Morgen fütterte Lena die Enten")
        inverted = tok.start < doer_at
        if inverted and not any(t.start == doer_at for t in toks[i + 1 : i + 3]):
            continue
        found = _relation_at(toks, i, language)
        if found is None:
            continue
        relation, last = found
        end = _clause_end(text, toks[last].end)
        after = [t for t in toks[last + 1 : last + 1 + _WORDS_AFTER + (2 if inverted else 0)] if t.start < end]
        if inverted:  # the words after the doer's name
            after = [t for t in after if t.start > doer_at + len(_word_of(named, doer_at))]
        target = _object(after, named, doer, beings, things, small, pronouns, moment)
        if target is None and i > 0 and toks[i - 1].start > doer_at:
            target = _clitic(toks[i - 1].text, language, doer, nearby, genders or {})
        if target is None or (relation == "drive" and target[0] == "cast" and target[1] not in animals):
            continue  # "drove Tom to school": taken in a car, not driven on foot (a fable's Ass is driven)
        moment.acts_on = relation
        if relation == "drive":  # "drove the goats to the fair": on foot behind it, not riding ("drove": ride)
            moment.verb = "walk"
            moment.props = [p for p in moment.props if p.role != "ridden"]  # no car for "driving"
        kind, value, word = target
        _groups_go_along(moment, relation, after)
        if kind == "group":  # "led the children to the school": the crowd that draws them goes with the doer
            return
        if kind == "cast":
            moment.acted_on = value
            moment.who = [doer, value, *(c for c in moment.who if c not in (doer, value))]
            if relation == "catch":  # "seized Tom by the arm": the doer's hands on the other (touching.py)
                moment.touch, moment.touched = "grab", value
            return
        if relation in _IN_HAND and any(p.key == value and p.holder == doer for p in moment.props):
            return  # "caught a hen", "carried the lamb": in the doer's hands already (staging._props)
        # "fed the ducks": a duck is fed, not given away nor held
        props = [p for p in moment.props if p.key != value or p.holder is None]
        if not any(p.key == value for p in props):
            props.append(Prop(key=value, role="near", holder=None, words=[word]))
        moment.props = props
        return


def _groups_go_along(moment: Moment, relation: str, after: list[Word]) -> None:
    """A group named as the verb's object ("chased the hens", "led the children") does what the relation
    makes it do: it runs from the chaser, walks with the one who leads, drags or follows it."""
    verb = _GROUP_VERB.get(relation)
    if verb is None:
        return
    words = {t.text for t in after}
    for extra in moment.extras:
        if extra.verb == "stand" and any(w.lower() in words for w in extra.words):
            extra.verb = verb


def _clitic(
    word: str, language: str, doer: str, nearby: Sequence[str], genders: dict[str, str]
) -> tuple[str, str, str] | None:
    """("cast", id, word) for the one a clitic object pronoun before the verb stands for, or None."""
    if word not in _CLITICS.get(language, {}):
        return None
    gender = _CLITICS[language][word]
    fits = [c for c in dict.fromkeys(nearby) if c != doer and (gender is None or genders.get(c) in (gender, "neutral"))]
    return ("cast", fits[0], word) if fits else None


def _word_of(named: list[tuple[int, str, str]], at: int) -> str:
    return next((word for a, _, word in named if a == at), "")


def _object(
    after: list[Word],
    named: list[tuple[int, str, str]],
    doer: str,
    beings: dict[int, tuple[str, str]],
    things: set[int],
    small: set[str],
    pronouns: dict[str, str],
    moment: Moment,
) -> tuple[str, str, str] | None:
    """The being the words after a verb name first: ("cast", id, word), ("animal", key, word) or None where
    they name something else first, or nothing."""
    by_at = {at: (cid, word) for at, cid, word in named}
    for k, tok in enumerate(after):
        if tok.start in by_at:
            cid, word = by_at[tok.start]
            return ("cast", cid, word) if cid != doer else None
        if tok.start in beings:
            key, word = beings[tok.start]
            return "animal", key, word
        group = next((e for e in moment.extras if any(w.lower() == tok.text for w in e.words)), None)
        if group is not None:  # "led the children", "chased the geese": a crowd of the shot
            return "group", group.kind, tok.text
        if tok.text in pronouns and tok.text in small and _before_a_being(after[k + 1 :], beings, things, small):
            continue  # "menaient leur âne", "fed her dog", "trieben sie die Kuh": no object pronoun
        if tok.text in pronouns:  # "fed him", "la siguió": the other one of the shot the pronoun stands for
            others = [c for c in moment.who if c != doer]
            return ("cast", others[0], tok.text) if others else None
        if tok.start in things or tok.text not in small:
            return None
    return None


def _before_a_being(rest: list[Word], beings: dict[int, tuple[str, str]], things: set[int], small: set[str]) -> bool:
    """Whether the words after a pronoun name an animal or a thing next, only articles and the like between:
    the pronoun is then a possessive ("leur âne", "her dog") or the verb's own subject after it ("trieben sie
    die Kuh"), not its object."""
    for tok in rest:
        if tok.start in beings or tok.start in things:
            return True
        if tok.text not in small:
            return False
    return False


def _beings_named(text: str, language: str) -> dict[int, tuple[str, str]]:
    """Where the text names an animal: position -> (its key, its word)."""
    return {
        m.position: (m.key, m.words[0] if m.words else m.key)
        for m in vocabulary.things(language).find(text)
        if vocabulary.THINGS[m.key][0] == "animal"
    }
