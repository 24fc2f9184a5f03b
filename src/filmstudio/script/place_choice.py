"""Which of the places a scene names is where its people are: the words that say a place is only seen or
thought of, only the end of a way not yet walked, or reached and stayed in. Read on lower-cased text by
script/scenes.py, which weighs each naming of a place by them."""

from __future__ import annotations

import re

from filmstudio.script.journeys import place_namings, still_going_to, ways_under_way

# -- a place only seen, looked at or thought of is not where the one who sees or thinks of it is ----------
# ("they could see the village far below", "elle rêvait de la forêt", "dachte an das Dorf")
_SEEING_BEFORE = {
    "en": r"\b(?:saw|see|sees|seen|seeing|looked|look|looks|looking|gazed|gazes|gazing|stared|stares|staring|watched|"
    r"watches|glimpsed|spotted|spied|beheld|overlooked|overlooks|overlooking|thought|thinks|thinking|dreamed|dreamt|"
    r"dreams|dreaming|remembered|remembers|longed|longs|missed|misses)\b",
    "fr": r"(?<!\w)(?:vit|virent|voyait|voyaient|voit|voient|aperçut|aperçurent|apercevait|apercevaient|regarda|"
    r"regardèrent|regardait|regardaient|contempla|contemplait|admirait|distingua|distinguait|pensait|pensa|pense|"
    r"rêvait|rêva|rêve|songeait|songea|souvenait|souvint|regrettait)(?!\w)",
    "de": r"(?<!\w)(?:sah|sahen|sieht|erblickte|erblickten|blickte|blickten|schaute|schauten|betrachtete|betrachteten|"
    r"dachte|dachten|denkt|träumte|träumten|träumt|sehnte|sehnten|erinnerte|erinnerten)(?!\w)",
    "it": r"(?<!\w)(?:vide|videro|vedeva|vedevano|scorse|scorsero|guardò|guardarono|guardava|guardavano|osservava|"
    r"ammirava|pensava|pensò|sognava|sognò|ricordava|ricordò)(?!\w)",
    "pt": r"(?<!\w)(?:viu|viram|via|viam|avistou|avistaram|olhou|olharam|olhava|olhavam|contemplava|observava|"
    r"pensava|pensou|sonhava|sonhou|lembrava|lembrou)(?!\w)",
    "es": r"(?<!\w)(?:pensaba[n]?|pensó|soñaba[n]?|soñó|recordaba[n]?|recordó|añoraba[n]?|vio|vieron|veía[n]?|"
    r"divisó|divisaron|avistó|avistaron|miró|miraron|miraba[n]?|contemplaba[n]?|contempló)(?!\w)",
}
# between the verb and the place: the look's own little words ("looked down at the little village"), never a
# preposition that puts someone in a place or takes them to it ("watched the sheep in the meadow")
_SEEN_BETWEEN = 4  # words at most
_NOT_SEEN = {
    "en": r"\b(?:in|into|inside|to|through|and|then|but|where|while|on|around|round|about)\b",
    "fr": r"(?<!\w)(?:dans|en|et|puis|mais|où|pendant)(?!\w)",
    "de": r"(?<!\w)(?:in|im|ins|und|dann|aber|wo|während)(?!\w)",
    "it": r"(?<!\w)(?:in|nel|nella|e|poi|ma|dove|mentre)(?!\w)",
    "pt": r"(?<!\w)(?:em|no|na|e|depois|mas|onde|enquanto)(?!\w)",
    "es": r"(?<!\w)(?:y|luego|pero|donde|mientras|en|por|dentro|hacia|desde)(?!\w)",
}
# after the place, in languages whose verb comes last: 村が見えました, गाँव दिखाई दिया, கிராமம் தெரிந்தது
_SEEN_AFTER = {
    "ja": r"^(?:の(?:ほう|方|屋根|あかり|明かり))?(?:が|を)(?:見え|みえ|見渡|みわた|見おろ|見下ろ|みおろ|ながめ|眺め)",
    "hi": r"^\s*(?:\S+\s+)?(?:दिखाई|दिखा|दिखी|दिखे|नज़र\s+आ|नजर\s+आ)",
    "ta": r"^\S*\s+(?:தெரிந்த|தெரிந்தது|தெரிந்தன)",
}
_SEEN_BEFORE_CJK = {"zh": r"(?:看见|看到|望见|望着|眺望|瞧见|远远地|远处的?)[^，。！？、\s]{0,3}$"}


# "when he looked, there was a cave" (見ると、ほら穴がありました): a place sighted, not yet gone into
_JA_LOOKED = r"(?:見ると|みると|見れば|みれば|見まわすと|見わたすと|見回すと)[、\s]*[^。、]{0,8}$"
_JA_THERE_WAS = r"^(?:が|も)(?:あり|あっ|ある|見え|みえ)"


def seen_or_thought_of(low: str, start: int, end: int, language: str) -> bool:
    """Whether a place is named, in its clause, as what someone sees, looks at, thinks of or dreams of."""
    if language == "ja" and re.search(_JA_LOOKED, low[max(0, start - 24) : start]):
        return bool(re.match(_JA_THERE_WAS, low[end : end + 6]))
    if language in _SEEN_AFTER:
        return bool(re.match(_SEEN_AFTER[language], low[end : end + 24]))
    if language in _SEEN_BEFORE_CJK:
        return bool(re.search(_SEEN_BEFORE_CJK[language], low[max(0, start - 12) : start]))
    verb = _SEEING_BEFORE.get(language)
    if verb is None:
        return False
    clause = re.split(r"[.!?;:,—«»“”\"]", low[max(0, start - 80) : start])[-1]
    verbs = list(re.finditer(verb, clause))
    if not verbs:
        return False
    between = clause[verbs[-1].end() :]  # after the last verb of seeing before the place
    return len(between.split()) <= _SEEN_BETWEEN and not re.search(_NOT_SEEN[language], between)


# -- the end of a way not yet walked ("on her way to the market she dreamed…"): the way is the setting -----
_ON_THE_WAY_TO = {
    "en": r"\b(?P<way>(?:on|upon)\s+(?:the|his|her|their|its|my|our|your)\s+way)\s+(?:back\s+)?(?:to|towards?|home)\b",
    "fr": r"(?<!\w)(?P<way>en\s+(?:allant|se\s+rendant|retournant)|en\s+route\s+(?:pour|vers))(?!\w)",
    "es": r"(?<!\w)(?P<way>yendo|rumbo)\s+(?:a|al|hacia)(?!\w)",  # "camino del mercado": a road word already
    "it": r"(?<!\w)(?P<way>andando|mentre\s+andava|in\s+cammino\s+verso|diretto|diretta)(?!\w)",
    "pt": r"(?<!\w)(?P<way>a\s+caminho|indo)\s+(?:para|ao|à|a|d[oa]s?)(?!\w)",
}
_WAY_TO_REACH = 4  # words from the way's phrase to the place it leads to


def on_the_way_to(low: str, start: int, language: str, end: int | None = None) -> bool:
    """Whether a place is named as the end of the way someone is on ("on her way to the market", "was walking
    to the market": script/journeys.py)."""
    if end is not None and still_going_to(low, start, end, language):
        return True
    pattern = _ON_THE_WAY_TO.get(language)
    if pattern is None:
        return False
    before = re.split(r"[.!?;:,]", low[max(0, start - 60) : start])[-1]
    ways = list(re.finditer(pattern, before))
    return bool(ways) and len(before[ways[-1].end() :].split()) <= _WAY_TO_REACH


def ways_walked(low: str, language: str) -> list[tuple[int, int, str]]:
    """Where a text names the way someone is on to a place (its start and end), and its words."""
    pattern = _ON_THE_WAY_TO.get(language)
    ways = [(m.start("way"), m.end(), m.group("way")) for m in re.finditer(pattern, low)] if pattern else []
    return sorted(ways + ways_under_way(low, language))


def on_the_road(text: str, language: str) -> list[str] | None:
    """The words of the way a sentence's people are on ("she was on her way to the market", "was walking to
    the market"), where every place it names is only that way's end; None where it names a place someone is
    in or reaches."""
    low = " ".join(text.replace("’", "'").split()).lower()
    namings = place_namings(low, language)
    if not namings or not all(on_the_way_to(low, start, language, end) for start, end, _ in namings):
        return None
    return list(dict.fromkeys(words for _, _, words in ways_walked(low, language))) or None


# -- a place reached or gone into ("reached the town", "came to the village", "arriva au village") --------
_ARRIVED_BEFORE = {
    "en": r"\b(?:reached|reaches|reach|arrived\s+(?:at|in)|arrives\s+(?:at|in)|came\s+(?:at\s+last\s+)?(?:to|into)|"
    r"comes\s+(?:to|into)|got\s+to|entered|enters|went\s+into|walked\s+into|stepped\s+into|ran\s+into|crept\s+into)"
    r"\s+(?:(?:the|a|an|his|her|their|its|that|this)\s+)?(?:[^\W\d_]+\s+)?$",
    "fr": r"(?<!\w)(?:arriv(?:a|èrent|ait|aient)|parvin(?:t|rent)|entr(?:a|èrent))\s+(?:à|au|aux|dans|en|jusqu'au)\s*"
    r"(?:(?:la|le|les|l'|un|une|son|sa)\s*)?(?:[^\W\d_]+\s+)?$|(?<!\w)attei(?:gnit|gnirent)\s+(?:[^\W\d_']+\s+|l')"
    r"(?:[^\W\d_]+\s+)?$",
    "de": r"(?<!\w)(?:erreicht(?:e|en)?)\s+(?:[^\W\d_]+\s+){1,2}$",
    "it": r"(?<!\w)(?:arriv(?:ò|arono)|giun(?:se|sero)|entr(?:ò|arono))\s+(?:a|al|alla|allo|nel|nella|in)\s+"
    r"(?:[^\W\d_]+\s+)?$|(?<!\w)raggiun(?:se|sero)\s+(?:[^\W\d_']+\s+|l')(?:[^\W\d_]+\s+)?$",
    "pt": r"(?<!\w)(?:cheg(?:ou|aram)|entr(?:ou|aram))\s+(?:a|ao|à|em|no|na|num|numa)\s+(?:[^\W\d_]+\s+)?$",
    "es": r"(?<!\w)(?:lleg(?:ó|aron|ar)|entr(?:ó|aron))\s+(?:[^\W\d_]+\s+){0,2}?(?:a|al|en|hasta)\s+"
    r"(?:(?:el|la|los|las|un|una|su|sus)\s+)?(?:[^\W\d_]+\s+)?$|(?<!\w)alcanz(?:ó|aron)\s+(?:[^\W\d_]+\s+){1,2}$",
    "zh": r"(?:来到|到了|到达|走进|进了|进入|回到)了?[^，。！？、\s]{0,2}$",
}
_ARRIVED_AFTER = {
    "ja": r"^(?:の(?:中|なか))?(?:に|へ)(?:着き|つき|着い|つい|たどり着|たどりつ|入り|はいり|入っ|はいっ)",
    "hi": r"^\s*(?:में\s+|के\s+अंदर\s+)?(?:पहुँच|पहुंच|घुस|प्रवेश)",
    "ta": r"^\S*\s+(?:அடைந்த|வந்து\s+சேர்ந்த|போய்ச்\s+சேர்ந்த|நுழைந்த)",
    # German says arriving after the place: "kamen sie in das Dorf", "kam … im Dorf an"
    "de": r"^\s+(?:\S+\s+){0,3}?an(?:\s|[.,;!?])",
}
_DE_CAME = r"(?<!\w)(?:kam|kamen|gelangte|gelangten)\s+(?:\w+\s+){0,3}?(?:in|nach|zu|zum|zur|ins|an)\s+(?:\w+\s+)?$"


def arrived_at(low: str, start: int, end: int, language: str) -> bool:
    """Whether a place is named as reached or gone into."""
    before = low[max(0, start - 60) : start]
    if language == "de" and re.search(_DE_CAME, before):
        return True
    after = _ARRIVED_AFTER.get(language)
    if after and re.match(after, low[end : end + 30]) and (language != "de" or re.search(r"(?<!\w)kam", before)):
        return True
    pattern = _ARRIVED_BEFORE.get(language)
    return bool(pattern and re.search(pattern, before))


_SENTENCE_STOPS = r"(?<=[.!?;。！？।])\s*"


def sentence_spans(low: str) -> list[tuple[int, int]]:
    """Where each sentence of a text begins and ends."""
    spans, at = [], 0
    for piece in re.split(_SENTENCE_STOPS, low):
        begin = low.find(piece, at) if piece else at
        spans.append((begin, begin + len(piece)))
        at = begin + len(piece)
    return [(a, b) for a, b in spans if low[a:b].strip()]


def most_of_the_text_after(low: str, at: int) -> bool:
    """Whether the sentence holding `at` and those after it are at least as many as those before it."""
    spans = sentence_spans(low)
    before = sum(1 for _, b in spans if b <= at)
    return len(spans) - before >= before and len(spans) > 1


# -- a play's scene opened by its set ("A mountain top. Enter the shepherd.") -------------------------------
_ENTRANCE = {
    "en": r"\b(?:enter|enters|re-enter|re-enters|exeunt|exit)\b",
    "fr": r"(?<!\w)(?:entre|entrent|sort|sortent)(?!\w)",
    "de": r"(?<!\w)(?:tritt|treten)\s+(?:\w+\s+){0,3}?(?:auf|ein)(?!\w)",
    "es": r"(?<!\w)(?:entra|entran|salen|sale)(?!\w)",
    "it": r"(?<!\w)(?:entra|entrano|esce|escono)(?!\w)",
    "pt": r"(?<!\w)(?:entra|entram|sai|saem)(?!\w)",
}
_SET_WORDS = 6  # words of a set's line at most
# the label of a play's act or scene before its set: "SCENE II.", "Acte I, scène 3."
_LABEL = re.compile(r"\W*(?:act|scene|acte|scène|akt|szene|acto|escena|atto|scena|ato|cena)\W+[\divxlc]+\W*$")


def set_of_a_play(low: str, language: str) -> tuple[int, int] | None:
    """Where a play's scene names its set: a short opening line (after the scene's label) that a stage
    direction of entrance follows."""
    entrance = _ENTRANCE.get(language)
    spans = sentence_spans(low)
    if spans and _LABEL.match(low[slice(*spans[0])]):
        spans = spans[1:]
    if entrance is None or len(spans) < 2:
        return None
    opening, following = low[slice(*spans[0])], low[slice(*spans[1])]
    short = len(opening.split()) <= _SET_WORDS
    return spans[0] if short and re.match(r"\W*(?:" + entrance + ")", following) else None
