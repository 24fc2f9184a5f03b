"""The weather one sentence makes, so that the film's sky changes at that sentence and stays changed until the
words change it again.

The weathers lexicon (vocabulary.weathers) finds the nouns ("a great storm", "thick fog", "the rain"); this
module reads what it cannot, each a closed class of words in its language:

- weather said by a verb with an empty subject: "it rained", "it was pouring", "it began to snow", "es
  schneite", "llovía", "il pleuvait" (the impersonal weather verbs and their forms);
- weather that ends: "the fog lifted", "the rain stopped", "it stopped raining", "the sky cleared", "der
  Regen hörte auf", "dejó de llover", "la pluie cessa", "雨が止んだ" (a weather word and a verb of ceasing):
  the sky is clear again from there;
- a sentence that names several ("a cold wind blew and the rain came down"): the one a picture shows most
  (rain over wind, a storm over rain), not merely the first named.

`falling_weather` gives the spans where snow is said as weather ("it began to snow", "snow was falling"):
there a snow word names no snowfield to move the scene to.
"""

from __future__ import annotations

import re

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.figures_of_speech import without_figures
from filmstudio.script.light_said import time_passed, times_said
from filmstudio.script.places import HEADING_ONLY
from filmstudio.storyboard import Moment, Scene

CLEAR = "clear"
# what a picture shows most, first: a storm darkens and rains, snow whitens, rain streaks, fog greys, wind is
# barely seen
SHOWN_FIRST = ("storm", "snow", "rain", "fog", "wind")

# impersonal weather verbs (English): "it rained", "it was pouring", "it had begun to snow", "it kept raining"
_IT = (
    r"\bit(?:'s|\s+(?:(?:was|is|had|has|have|had been|has been|would|will|began|begins|started|starts|kept|"
    r"continued|seemed|went on|got|turned)\s+){0,3}(?:to\s+)?)\s*"
)
_EN_VERBS = {
    "rain": r"rain(?:s|ed|ing)?|pour(?:s|ed|ing)?|drizzl(?:e|es|ed|ing)|shower(?:s|ed|ing)|sleet(?:s|ed|ing)?",
    "snow": r"snow(?:s|ed|ing)?|hail(?:s|ed|ing)?",
    "storm": r"thunder(?:s|ed|ing)?|storm(?:s|ed|ing)?",
    "fog": r"fog(?:ged|ging)?|mist(?:ed|ing)?",
}
_EN_IT_WEATHER = re.compile(_IT + r"(?P<verb>" + "|".join(f"(?P<{k}>{v})" for k, v in _EN_VERBS.items()) + r")\b", re.I)

# a weather word, then (a few words on) a verb of its ending: "the fog lifted", "the storm had passed", "the
# rain died down"; "it stopped raining"; "the sky cleared", "the sun came out"
_EN_WEATHER_NOUN = (
    r"(?:storm|thunderstorm|rain|rains|rainstorm|downpour|drizzle|shower|showers|snow|snowfall|snowstorm|blizzard|"
    r"hail|sleet|fog|mist|haze|wind|winds|gale|breeze|thunder|clouds?|weather)"
)
_EN_ENDS = (
    r"lifted|cleared|stopped|ceased|ended|passed|eased|abated|subsided|died\s+(?:down|away|out)|blew\s+(?:over|"
    r"itself\s+out|away)|let\s+up|melted|thawed|faded|thinned|drifted\s+away|rolled\s+(?:away|back)|"
    r"burned\s+off|burnt\s+off|was\s+over|were\s+over|had\s+gone|was\s+gone|went\s+away|broke\s+up|parted|"
    r"dispersed|vanished|stilled|dropped"
)
ENDS: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"\b" + _EN_WEATHER_NOUN + r"\b(?:\s+(?:had|has|have|finally|slowly|at\s+last|soon|then|suddenly)){0,2}\s+"
        r"(?:" + _EN_ENDS + r")\b"
        r"|\b(?:stopped|ceased|quit|no\s+longer)\s+(?:raining|snowing|pouring|storming|drizzling)\b"
        r"|\bthe\s+sky\s+(?:had\s+)?(?:cleared|brightened)\b|\bthe\s+sun\s+(?:came|broke|shone)\s+(?:out|through)\b"
        r"|\bthe\s+clouds\s+(?:had\s+)?(?:parted|broke|cleared|rolled\s+away|drifted\s+away)\b",
        re.I,
    ),
    # verbs of ceasing: aufhören, sich lichten, sich verziehen, vorüber/vorbei sein; aufklaren
    "de": re.compile(
        r"\b(?:regen|schnee|sturm|gewitter|nebel|wind|schneefall|dunst)\w*\s+(?:\w+\s+){0,3}?"
        r"(?:hörte|hört|hörten)\s+(?:\w+\s+)?auf\b"
        r"|\b(?:regen|schnee|sturm|gewitter|nebel|wind|dunst)\w*\s+(?:\w+\s+){0,2}?"
        r"(?:lichtete|lichtet|verzog|verzieht|legte|legt)\s+sich\b"
        r"|\b(?:regen|schnee|sturm|gewitter|nebel|wind)\w*\s+(?:war|ist)\s+(?:\w+\s+)?(?:vorüber|vorbei)\b"
        r"|\b(?:lichtete|lichtet|verzog|verzieht|legte|legt)\s+sich\s+(?:\w+\s+){0,2}?(?:der|die|das)\s+"
        r"(?:regen|schnee|sturm|gewitter|nebel|wind|dunst)\w*"  # the verb first: "Gegen Mittag lichtete sich der Nebel"
        r"|\b(?:hörte|hört)\s+(?:\w+\s+){0,2}?(?:der|die|das)\s+(?:regen|schnee|sturm|gewitter|wind)\w*\s+auf\b"
        r"|\bhörte\s+(?:es\s+)?(?:\w+\s+)?auf\s+zu\s+(?:regnen|schneien)\b|\bklarte\s+(?:es\s+)?auf\b",
        re.I,
    ),
    # dejar de / parar de llover, escampar; la niebla se disipó, se levantó; la lluvia cesó, paró, amainó
    "es": re.compile(
        r"\b(?:dej[óoaé]|par[óoaé]|ces[óoaé])\s+de\s+(?:llover|nevar|tronar)\b|\bescamp[óoa]\b"
        r"|\b(?:lluvia|nieve|tormenta|niebla|neblina|bruma|viento|nevada|tempestad)\s+(?:\w+\s+){0,2}?"
        r"(?:se\s+(?:disip|levant|fu|calm|aplac)\w*|ces[óoa]|par[óoa]|amain[óoa]|termin[óoa]|pas[óoa])\b",
        re.I,
    ),
    # cesser de pleuvoir, la pluie cessa, s'arrêta; le brouillard se leva, se dissipa; le vent tomba
    "fr": re.compile(
        r"\b(?:cess\w+|arrêt\w+)\s+de\s+(?:pleuvoir|neiger)\b"
        r"|\b(?:pluie|neige|orage|tempête|brouillard|brume|vent)\s+(?:\w+\s+){0,2}?"
        r"(?:cess\w+|s'arrêt\w+|se\s+(?:lev|dissip|calm)\w+|tomb[ae]\w*|pass[ae]\w*)\b",
        re.I,
    ),
    # smettere di piovere; la pioggia cessò; la nebbia si diradò, si alzò
    "it": re.compile(
        r"\b(?:smise|smette|smesso|cessò)\s+di\s+(?:piovere|nevicare)\b"
        r"|\b(?:pioggia|neve|tempesta|temporale|nebbia|vento|bufera)\s+(?:\w+\s+){0,2}?"
        r"(?:cess\w+|si\s+(?:dirad|alz|calm|dissip)\w+|fin[ìi]\w*|pass[òo])\b",
        re.I,
    ),
    # parar de chover; a chuva parou, passou; a neblina se dissipou
    "pt": re.compile(
        r"\b(?:parou|para|deixou|cessou)\s+de\s+(?:chover|nevar)\b"
        r"|\b(?:chuva|neve|tempestade|neblina|névoa|vento|nevoeiro)\s+(?:\w+\s+){0,2}?"
        r"(?:parou|passou|cessou|acalmou|se\s+(?:dissip|acalm|foi)\w*|dissipou-se|acalmou-se)",
        re.I,
    ),
    # дождь перестал, прекратился, кончился, утих; туман рассеялся
    "ru": re.compile(
        r"(?<!\w)(?:дожд|снег|бур|гроз|туман|ветер|ветр|метел|вьюг)\w*\s+(?:\w+\s+){0,2}?"
        r"(?:перестал|прекратил|кончил|закончил|утих|стих|рассеял|прош[её]л|улегл|унял)\w*",
        re.I,
    ),
    # बारिश रुक गई / थम गई, कोहरा छँट गया, तूफ़ान थम गया
    "hi": re.compile(r"(?:बारिश|वर्षा|बरसात|बर्फ़|बर्फ|तूफ़ान|तूफान|आंधी|कोहरा|धुंध|हवा)\S*\s+(?:रुक|थम|छँट|छंट|हट)"),
    # 雨停了, 雪停了, 雾散了, 风停了, 天晴了
    "zh": re.compile(r"(?:雨|雪|雾|风|暴风雨|风暴)(?:终于|渐渐|慢慢)?(?:停|散|住|止|小了)|天(?:也)?(?:晴|放晴)"),
    # 雨が止んだ / やんだ, 霧が晴れた, 嵐がおさまった, 晴れてきた
    "ja": re.compile(r"(?:雨|雪|霧|嵐|風)(?:が|は|も)(?:止|や|晴|お?さま|収ま|消え|あが|上が)"),
}

# snow said as weather, not a snowy place: "it began to snow", "snow was falling", "the snow came down"
_FALLING = {
    "en": re.compile(
        r"\bit\s+(?:\w+\s+){0,3}?(?:to\s+)?snow(?:s|ed|ing)?\b"
        r"|\b(?:snow|snowflakes?|blizzard|snowstorm)\s+(?:(?:had|has|was|were|began|started|kept|had\s+begun)\s+)?"
        r"(?:to\s+)?(?:fell|falls|fall|falling|fallen|came|come|comes|coming|drifted|drifting|swirled|swirling|"
        r"whirled|whirling|blew|blowing|raged|raging|struck|began|started|beat|beating)\b",
        re.I,
    ),
    "de": re.compile(r"\bes\s+(?:\w+\s+){0,3}?(?:schneit|schneite|schneien)\b|\bschnee\s+(?:fiel|fällt)\b", re.I),
    "es": re.compile(r"\b(?:nevaba|nevó|nieva|nevar)\b|\bla\s+nieve\s+ca(?:ía|yó|e)\b", re.I),
    "fr": re.compile(r"\bil\s+(?:\w+\s+){0,3}?(?:neigeait|neigea|neige|neiger)\b|\bla\s+neige\s+tomb\w*", re.I),
    "it": re.compile(r"\b(?:nevicava|nevicò|nevica|nevicare)\b|\bla\s+neve\s+cade\w*", re.I),
    "pt": re.compile(r"\b(?:nevava|nevou|neva|nevar)\b|\ba\s+neve\s+ca(?:ía|iu|i)\b", re.I),
    "ru": re.compile(r"(?<!\w)(?:пош[её]л|шёл|шел|идёт|идет|падал|повалил)\s+снег|снег\s+(?:пош[её]л|шёл|шел|падал)"),
}


def weather_said(text: str, language: str) -> tuple[str, list[str]] | None:
    """The weather the sentence makes (a key of moments.WEATHERS, or "clear" where it ends one) and the words
    that said it; None where it names none."""
    text = without_figures(text, language)  # "rose like a storm", "white as snow": no weather (figures_of_speech)
    ended: list[str] = []
    ends = ENDS.get(language)
    rest = text
    if ends is not None:
        for m in ends.finditer(text):
            ended.append(m.group(0))
        rest = ends.sub(lambda m: " " * len(m.group(0)), text)
    found: dict[str, list[str]] = {}
    for match in vocabulary.weathers(language).find(_unnegated(rest, language)):
        found.setdefault(match.key, []).extend(match.words)
    if language == "en":
        for m in _EN_IT_WEATHER.finditer(rest):
            key = next(k for k in _EN_VERBS if m.group(k))
            found.setdefault(key, []).append(m.group("verb"))
    for key in SHOWN_FIRST:
        if key in found:
            return key, list(dict.fromkeys(found[key]))
    return (CLEAR, ended) if ended else None


def _unnegated(text: str, language: str) -> str:
    """ "There was no rain", "without a breeze": the weather said not to be there is blanked (English)."""
    if language != "en":
        return text
    return re.sub(
        r"\b(?:no|without|not\s+a|never\s+a)\s+(?:\w+\s+)?\w+",
        lambda m: " " * len(m.group(0)),
        text,
        flags=re.I,
    )


def opening_weather(text: str, language: str) -> str:
    """The weather a scene's text opens in: that of its first sentence that makes one (a later sentence's
    change is staged from that sentence on, script/staging.py), else clear."""
    for sentence in _SENTENCE_END.split(text):
        said = weather_said(sentence, language)
        if said is not None:
            return said[0]
    return CLEAR


_SENTENCE_END = re.compile(r"(?<=[.!?;。！？।\n])\s*")


def falling_weather(text: str, language: str) -> list[tuple[int, int]]:
    """Where snow is said falling, as weather: those words name no snowfield."""
    pattern = _FALLING.get(language)
    return [m.span() for m in pattern.finditer(text)] if pattern is not None else []


def without_falling_weather(text: str, language: str) -> str:
    """The text with snow said as weather blanked (the same length: positions stay)."""
    for a, b in falling_weather(text, language):
        text = text[:a] + " " * (b - a) + text[b:]
    return text


# -- from sentence to sentence, scene to scene ------------------------------------------------------------

# a new day or a span of time passed: the weather before it is not known to go on ("The next morning, …")
_TIME_PASSED = {
    "en": re.compile(
        r"\b(?:next|following)\s+(?:day|morning|evening|night|week|month|year|spring|summer|autumn|winter)\b"
        r"|\b(?:days|weeks|months|years|seasons)\s+(?:later|passed|went\s+by)\b|\bin\s+the\s+morning\b",
        re.I,
    )
}


_HOURS = ("dawn", "day", "sunset", "night")


def carried_weather(first_text: str, before: Scene | None, language: str) -> str | None:
    """The weather the scene begins in where its own first sentence does not say: the one before it goes on
    (the storm still rages when the story goes indoors, and into the evening) unless that first sentence begins
    a new day (an earlier hour than the scene before's, "the next morning") or says time has passed; None
    where nothing is carried."""
    if before is None or before.weather == CLEAR or before.setting in HEADING_ONLY:
        return None
    when = times_said(first_text, language)  # "le lendemain", "第二天": a new day (script/light_said.py)
    # the keys of moments.TIMES are the times of day: an earlier hour than the scene before's is a new day
    if when and _HOURS.index(when[0].key) < _HOURS.index(before.time_of_day):
        return None
    passed = _TIME_PASSED.get(language)
    if (passed is not None and passed.search(first_text)) or time_passed(first_text, language):
        return None
    return before.weather


def weather_from_sentences(parts: list[Scene], narrated: list[Moment], skies: list[str | None]) -> None:
    """Each part of a scene (or the scene itself, uncut) in the weather of its first narrated sentence, as the
    sentences before it left it: not the weather a later sentence makes, nor clear where it goes on."""
    sky_of = {id(m): sky for m, sky in zip(narrated, skies, strict=True)}
    for part in parts:
        first = next((sky_of[id(m)] for m in part.moments if id(m) in sky_of), None)
        if first is not None and (len(parts) > 1 or len(set(skies)) == 1):
            part.weather = first
