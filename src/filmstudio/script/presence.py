"""Who is there to listen: a character a sentence only speaks of ("she thought of her grandmother", "her
mother had told her"), one who has left ("went home", "ran off"), was eaten, died or fell asleep, is no
listener of what is said next; one a line calls by name or title ("Mother, look!", "Here it is, master")
is. The words are the `presence` section of the staging word files (`data/staging/<language>.json`):

- leave: verbs whose doer is gone ("left", "vanished", "died");
- going, away: verbs of going, and the words that make them a leaving ("ran off", "went home", "lief weg");
- done_to, passive: verbs whose object is gone ("ate the hen"), or their subject after a passive ("was eaten");
- mention, perfect: verbs after which a name is only spoken of ("thought of"), and the past perfect of a
  verb of saying ("had told")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.beings import DETERMINERS
from filmstudio.script.people import name_tokens
from filmstudio.script.speech_verbs import SPEECH_VERBS
from filmstudio.script.staging_data import staging_section
from filmstudio.storyboard import Character, Line, Moment, Scene

_REACH = 5  # the most words between a verb of mentioning and the name it speaks of ("of her dear old granny")
_CLAUSE = re.compile(r"[.;:!?,«»\"“”]")


class Word(Protocol):
    """A word as staging's tokens give it: where it is, as written (lower case) and its lemma."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def lemma(self) -> str: ...


def _words(language: str, key: str) -> list[tuple[str, ...]]:
    return [tuple(entry.lower().split()) for entry in staging_section(language, "presence").get(key, [])]


def _matches(toks: Sequence[Word], i: int, entry: tuple[str, ...]) -> bool:
    """Whether the entry's words are written from token i on, the first by its lemma or as written."""
    if i + len(entry) > len(toks):
        return False
    return all(
        toks[i + k].text == word or toks[i + k].lemma == word or (k > 0 and toks[i + k].text.endswith("'" + word))
        for k, word in enumerate(entry)
    )


def _ends_between(text: str, a: int, b: int) -> bool:
    return bool(_CLAUSE.search(text[a:b]))


def spoken_of(text: str, toks: Sequence[Word], named: Sequence[tuple[int, str, str]], language: str) -> set[int]:
    """The positions of the names in `named` that the sentence only speaks of: after a verb of thinking,
    remembering or longing in their clause ("thought of her grandmother", "pensa à sa mère"), or as the
    subject of the past perfect of a verb of saying ("her mother had told her", "su madre le había dicho")."""
    mentions = _words(language, "mention")
    perfect = {w for entry in _words(language, "perfect") for w in entry}
    saying = set(SPEECH_VERBS.get(language, "").split())
    out: set[int] = set()
    for at, _, _ in named:
        k = next((i for i, t in enumerate(toks) if t.start <= at < t.end), None)  # "mère" in "Grand-mère"
        if k is None:
            continue
        for j in range(max(0, k - _REACH), k):
            if any(_matches(toks, j, e) for e in mentions) and not _ends_between(text, toks[j].end, at):
                out.add(at)
        for j in range(k + 1, min(len(toks), k + 4)):
            if toks[j].text not in perfect or _ends_between(text, at, toks[j].start):
                continue
            if any(t.lemma in saying or t.text in saying for t in toks[j + 1 : j + 3]):
                out.add(at)
    return out


def departed(moment: Moment, toks: Sequence[Word], named: Sequence[tuple[int, str, str]], language: str) -> list[str]:
    """Those of the moment's people its sentence takes out of the scene: its subject where it leaves (not
    leaving a thing behind: "left his hat"), goes away, dies, or falls asleep; the ones named after a verb
    of eating or killing ("ate the hen"), or its subject where it is done to them ("was eaten")."""
    if not moment.who:
        return []
    subject = _subject_run(moment, named, language)
    for k in range(len(toks)):
        if any(_matches(toks, k, e) for e in _words(language, "done_to")):
            passive = {w for e in _words(language, "passive") for w in e}
            if any(t.text in passive for t in toks[max(0, k - 2) : k]):
                return subject  # "the hen was eaten"
            eaten = [cid for at, cid, _ in named if cid in moment.who[1:] and _object_of(toks, k, at, language)]
            if eaten:
                return eaten
        leaves = any(_matches(toks, k, e) for e in _words(language, "leave"))
        adjective = k > 0 and toks[k - 1].text in _determiners(language)  # "her left hand"
        if leaves and not adjective and not _thing_after(moment.text, toks, k, language):
            return subject
    asleep = [cid for cid, verb in moment.acts.items() if verb == "sleep"]  # "… while her brother slept"
    if moment.verb == "sleep" or asleep:
        return [*(subject if moment.verb == "sleep" else []), *asleep]
    away = [" ".join(e) for e in _words(language, "away")]
    going = _words(language, "going")
    for k in range(len(toks)):
        if not any(_matches(toks, k, e) for e in going):
            continue
        near = toks[max(0, k - 3) : k + 5]
        window = moment.text[near[0].start : near[-1].end].lower()
        if any(re.search(r"(?<![\w'])" + re.escape(a) + r"(?!\w)", window) for a in away):
            return subject  # "ran off", "went home", "s'en alla", "lief weg", "se fue"
    return []


def _determiners(language: str) -> set[str]:
    return set(DETERMINERS.get(language, "").split())


def _object_of(toks: Sequence[Word], k: int, at: int, language: str) -> bool:
    """Whether the name at `at` is the object of the verb at token k: right after it, only articles or a
    particle between ("ate the hen", "ate up the hen"), not after a preposition ("ate with the hen")."""
    if at < toks[k].end:
        return False  # named before the verb: its subject ("the Hen and the Duck ate grain")
    between = [t.text for t in toks[k + 1 :] if t.start < at]
    return len(between) <= 2 and all(w in _determiners(language) or w == "up" for w in between)


_JOINED = re.compile(r"^\s*(?:,|,?\s*(?:and|&|et|und|y|e|и|i)\b)\s*(?:\w+\s+)?$", re.I)


def _subject_run(moment: Moment, named: Sequence[tuple[int, str, str]], language: str) -> list[str]:
    """The moment's subject and those joined to it ("the Hen and the Duck ran off": both): the run of
    names, joined by "and" or a comma (an article between), that holds the first of its people."""
    mentions = sorted((at, cid) for at, cid, _ in named if cid in moment.who)
    first = moment.who[0]
    runs: list[list[tuple[int, str]]] = []
    for at, cid in mentions:
        # what lies between the last name of the run (its word skipped) and this one
        gap = re.sub(r"^\w[\w'’-]*", "", moment.text[runs[-1][-1][0] : at]) if runs else ""
        if runs and _JOINED.match(gap):
            runs[-1].append((at, cid))
        else:
            runs.append([(at, cid)])
    for run in runs:
        ids = [cid for _, cid in run]
        if first in ids:
            return list(dict.fromkeys(ids))
    return [first]


def _thing_after(text: str, toks: Sequence[Word], k: int, language: str) -> bool:
    """Whether a thing that is no place is named right after token k: what is left behind ("left his hat")."""
    end = toks[min(len(toks) - 1, k + 3)].end
    places = [m.position for m in vocabulary.places(language).find(text)]
    return any(
        toks[k].end <= m.position < end and m.position not in places for m in vocabulary.things(language).find(text)
    )


_CALL = re.compile(r"(?:^|[,;!?]\s*)([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)\s*(?=[,;.!?…]|$)")
_FOND = {"my", "dear", "oh", "o", "ma", "mon", "mes", "chère", "cher", "mi", "querida", "querido", "mein", "meine"}
_FOND |= {"liebe", "lieber", "liebes", "little", "petite", "petit", "kleine", "kleiner"}


def addressed(text: str, characters: Sequence[Character], speaker: str) -> str | None:
    """The character a line calls by name or title, set off by a comma at its start or end ("Mother,
    look!", "Here it is, master.", "Komm her, Grete!"), other than its speaker."""
    for m in _CALL.finditer(text.strip()):
        words = [w for w in m.group(1).lower().split() if w not in _FOND]
        if not words:
            continue
        for c in characters:
            if c.id in ("narrator", speaker):
                continue
            parts = [p.lower() for p in name_tokens(c.name)]
            if parts and (words == parts or all(w in parts and len(w) > 2 for w in words)):
                return c.id
    return None


@dataclass
class Hearing:
    """Who can hear a story's lines, read along it: who is away (left, eaten, asleep) as each line is
    said, and whom each line calls. Speaking or acting again brings one back."""

    characters: Sequence[Character]
    away: set[str] = field(default_factory=set)
    away_at: dict[str, frozenset[str]] = field(default_factory=dict)  # line id -> who is away then
    called: dict[str, set[str]] = field(default_factory=dict)  # line id -> whom it calls
    leaving: list[tuple[Moment, str]] = field(default_factory=list)  # the moments someone leaves in
    mentioned: dict[int, set[str]] = field(default_factory=dict)  # id of a moment -> whom it only speaks of
    together: dict[str, frozenset[str]] = field(default_factory=dict)  # one away -> those who left with them

    def _back(self, who: Sequence[str]) -> None:
        """Those who speak or act again are there, and so are those who left with them ("the two mice ran
        off. 'Good-bye,' said the one": the other is beside them, wherever they went)."""
        for cid in who:
            self.away.discard(cid)
            for other in self.together.pop(cid, frozenset()):
                self.away.discard(other)
                self.together.pop(other, None)

    def says(self, line_id: str | None, speaker: str) -> None:
        self._back([speaker])
        if line_id:
            self.away_at[line_id] = frozenset(self.away)

    def speaks(self, line: Line) -> None:
        """A line said in the scene: its speaker is there, and the one it calls listens."""
        if line.character_id == "narrator":
            return
        self.says(line.id, line.character_id)
        called = addressed(line.text, self.characters, line.character_id)
        if called is not None:
            self.called.setdefault(line.id, set()).add(called)

    def acts(self, moment: Moment, toks: Sequence[Word], named: Sequence[tuple[int, str, str]], language: str) -> None:
        """A narrated moment: its people are there, less those it takes away."""
        absent = spoken_of(moment.text, toks, named, language)
        self.mentioned[id(moment)] = {cid for at, cid, _ in named if at in absent}
        self._back(moment.who)
        gone = departed(moment, toks, named, language)
        self.away.update(gone)
        for cid in gone:
            self.together[cid] = frozenset(gone) - {cid}
        if gone[:1] == moment.who[:1] and gone:
            self.leaving.append((moment, gone[0]))

    def left_behind(self, moments: Sequence[Moment], lines: Sequence[Line]) -> None:
        """One who goes somewhere while the scene goes on with the others ("Oskar went home. Tilda sat on
        the grass."): the story stays with those left behind, it does not move to where the one went. Where
        nobody else goes on, the story goes with the one who went."""
        order = {ln.id: i for i, ln in enumerate(lines)}
        for moment, who in self.leaving:
            if moment.place is None or not any(m is moment for m in moments):
                continue
            at = order.get(moment.line_id or "", -1)
            later = [m.who[0] for m in moments if m.who and order.get(m.line_id or "", -1) > at]
            later += [ln.character_id for ln in lines[at + 1 :] if ln.character_id != "narrator"]
            if at >= 0 and any(c != who for c in later):
                moment.place, moment.place_words = None, []
            else:  # the story goes with them ("Ana went home."): there, they are no one who left
                self.away.discard(who)
        self.leaving.clear()

    def prune(self, scene: Scene) -> None:
        """The people of a scene with speech, less those who hear none of its lines: neither speaking nor
        called, and either away at every line or acting in none of its moments (only spoken of). A scene
        nobody speaks in loses only those its sentences only speak of ("she thought of her grandmother")."""
        spoken = [ln for ln in scene.lines if ln.character_id != "narrator"]
        seen = {c for m in scene.moments for c in m.who}
        if not spoken:
            mentioned = {c for m in scene.moments for c in self.mentioned.get(id(m), ())}
            scene.people = [c for c in scene.people if c in seen or c not in mentioned]
            return
        speaking = {ln.character_id for ln in spoken}
        called = {c for ln in scene.lines for c in self.called.get(ln.id, ())}
        kept = []
        for cid in scene.people:
            listens = cid in seen and not all(cid in self.away_at.get(ln.id, ()) for ln in spoken)
            if cid in speaking or cid in called or listens:
                kept.append(cid)
        drawn = {c.id for c in self.characters if c.id != "narrator"}
        scene.people = kept + [c for c in sorted(called) if c in drawn and c not in kept]
