"""Postures that last through a screenplay's scene. One its action sits down ("MARA sits.", "Dev sits at the
desk."), lies down ("lies down on the couch") or kneels stays so in the sentences and the lines that follow,
on the same seat and at the same table, until a sentence gets them up: a verb of rising ("stands", "gets
up", "rises", "springs to her feet") or of going ("walks to the door", "leaves", "runs out"). Each moment
keeps the state once it is done (`Moment.postures`): the shots drawn after it draw them so
(animation/staged.py), their dialogue lines included (animation/shots.py).

Only a screenplay's scenes (action written among the lines) are read so: a told story says again how its
people are at each sentence."""

from __future__ import annotations

import re

from filmstudio.animation.kept import HELD, put_down
from filmstudio.storyboard import Character, Moment, Scene, Storyboard

# verb classes of going (and of moving the whole body about): one who does them is up and away from the seat
GOING = {"walk", "run", "chase", "go", "arrive", "ride", "row", "swim", "fly", "climb", "jump", "dance", "fight"}
# Getting up, a closed class of verbs and phrases for each language (rising from a seat, a bed or one's knees,
# or going out of the scene): "stands", "stood up", "gets up", "rises", "jumps up", "to her feet", "exits".
_RISING = {
    "en": r"\b(?:stand|stands|stood|standing|rise|rises|rose|risen|rising|exit|exits|exited)\b"
    r"|\b(?:get|gets|got|getting|jump|jumps|jumped|spring|springs|sprang|leap|leaps|leapt|leaped|hop|hops|hopped"
    r"|sit|sits|sat)\s+up\b|\bto\s+(?:his|her|their|my|your|its|our)\s+feet\b",
    "de": r"\b(?:steht|stand|standen|stehen|stehe)\b[^.!?]*\bauf\b|\baufgestanden\b|\baufstehen\b"
    r"|\berhebt\s+sich\b|\berhob\s+sich\b|\bspringt\s+auf\b|\bsprang\s+auf\b",
    "fr": r"\bse\s+(?:l[eè]ve|lev[aèé]\w*|rel[eè]ve|relev\w*)\b|\bdebout\b",
    "es": r"\bse\s+levant\w*|\blevant[aó]ndose\b|\bse\s+pon\w*\s+de\s+pie\b|\bde\s+pie\b",
    "it": r"\bsi\s+alz\w*|\bsi\s+\w*\s*in\s+piedi\b|\bin\s+piedi\b",
    "pt": r"\blevant\w*-se\b|\bse\s+levant\w*|\bde\s+pé\b",
    "ru": r"\bвста(?:ёт|ет|л|ла|ли|ют|ну|вать)\b|\bподнял(?:ся|ась|ись)\b|\bподнима(?:ется|ются)\b",
}
# a subject that is all those the story follows ("They get up"): each of them rises (plural pronouns)
_ALL = {
    "en": r"\b(?:they|both|everyone|everybody|all)\b",
    "de": r"\b(?:sie|beide|alle)\b",
    "fr": r"\b(?:ils|elles|tous|toutes)\b",
    "es": r"\b(?:ellos|ellas|todos|todas|ambos)\b",
    "it": r"\b(?:loro|tutti|tutte|entrambi)\b",
    "pt": r"\b(?:eles|elas|todos|todas|ambos)\b",
    "ru": r"\b(?:они|оба|обе|все)\b",
}


def hold_postures(board: Storyboard) -> None:
    """Each moment of a screenplay's scenes keeps who sits, lies or kneels once it is done."""
    for scene in board.scenes:
        if scene.lines and scene.action and len(scene.action_before) == len(scene.action):
            _hold(scene, board.characters, board.language)


def _hold(scene: Scene, characters: list[Character], language: str) -> None:
    state: dict[str, str] = {}
    for moment in scene.moments:
        for cid in _risen(moment, characters, language):
            state.pop(cid, None)
        state.update(put_down(moment))
        moment.postures = dict(state)


def _risen(moment: Moment, characters: list[Character], language: str) -> list[str]:
    """Those the moment gets up: the doer of a verb of going, and whoever a verb of rising has as its
    subject (the doer, those named before it, or all of them after a plural pronoun)."""
    risen = []
    if moment.who and moment.verb in GOING and moment.verb not in HELD:
        risen.append(moment.who[0])
    risen += [cid for cid, verb in moment.acts.items() if verb in GOING]
    pattern = _RISING.get(language)
    found = re.search(pattern, moment.text, re.I) if pattern else None
    if found is None or not moment.who:
        return risen
    before = moment.text[: found.start()]
    if re.search(_ALL.get(language, r"(?!)"), before, re.I):
        return [*risen, *moment.who]
    names = {c.id: [w for w in c.name.split() if len(w) > 1] for c in characters}
    named = [
        cid for cid in moment.who if any(re.search(rf"\b{re.escape(w)}\b", before, re.I) for w in names.get(cid, []))
    ]
    return [*risen, moment.who[0], *named]
