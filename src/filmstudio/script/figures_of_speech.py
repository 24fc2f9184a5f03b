"""Words inside a figure of speech name no place, weather, light or thing of the scene: what a simile likens to
("her voice rose like a storm", "hair as white as snow", "a lion-like roar", "comme un fleuve", "wie Schnee",
"как гроза", "बर्फ़ जैसे", "雪のように", "像雪一样"), what a comparison measures by ("whiter than snow", "weißer als
Schnee", "白于雪"/"比雪还白", "雪より白い"), a place or weather word used as a measure of something else ("a sea of
faces", "a mountain of debts", "a storm of applause", "une mer de visages", "तालियों का तूफ़ान"), heaven as
where eyes turn or prayers go ("lifted his eyes to heaven", "prayed to Heaven"), and a place where only
thoughts or hopes go ("her thoughts flew to the sea").

`without_figures` blanks the figure's words (the text keeps its length, so positions hold) before the readers
of places (scenes.text_for_places), weather (weather_said), light (light_said) and things (scenes, staging)
run. Only the likened-to phrase is blanked: "they walked like tired soldiers along the river" keeps the river,
"it snowed, and the fields were white as milk" keeps the snow."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

# -- English -------------------------------------------------------------------------------------------------

# words a likened-to noun phrase stops at: prepositions, conjunctions, pronouns, auxiliaries, adverbs of place
_EN_STOPS = (
    "in|on|at|to|for|with|from|by|into|onto|upon|under|over|near|beside|behind|about|against|through|along|across"
    "|around|past|toward|towards|among|between|before|after|down|up|out|off|away|back|there|here|and|but|or|nor"
    "|so|that|which|who|whom|whose|when|while|because|as|than|if|then|till|until|was|were|is|are|be|been|being"
    "|had|has|have|could|would|should|will|shall|might|must|can|did|do|does|he|she|it|they|i|we|you|him|them"
    "|me|us|himself|herself|itself|themselves|not|never|again|too|very|all|just|now|still|yet|only|of|the|a|an"
)
_EN_DET = r"(?:(?:a|an|the|some|any|two|three|many|so\s+many|a\s+pair\s+of|his|her|their|its|my|your|our)\s+)?"
_EN_WORD = rf"(?!(?:{_EN_STOPS})\b)[a-z][a-z'-]*"
# a likened-to noun phrase: a determiner, up to three words, and what it is "of" ("the waves of the sea")
_EN_NP = rf"{_EN_DET}{_EN_WORD}(?:\s+{_EN_WORD}){{0,2}}(?:\s+of\s+(?:(?:the|a|an)\s+)?{_EN_WORD}(?:\s+{_EN_WORD})?)?"
# "like" as a verb: "they like the sea", "would like a boat"
_EN_LIKE_VERB = re.compile(
    r"(?:\b(?:i|we|you|they|would|to|do|does|did|don't|didn't|doesn't|not|never|really|also|always|might|will"
    r"|shall|should|could|who|people|children|'d)|n't)\s+$",
    re.I,
)
# "it looked like rain": the sky foretelling its weather, no likeness
_EN_FORETOLD = re.compile(r"\b(?:it|that|this|the\s+sky)\s+(?:looks?|looked|seems?|seemed)\s+$", re.I)
# before "as ... as" or "ADJ as": distances, times and amounts, not likenesses ("as far as the river")
_EN_AS_NOT = r"far|near|long|soon|well|much|many|close|often|good|same|such|so|just|known|seen|regarded|used|twice"
_EN_COPULA = (
    r"was|were|is|are|be|been|being|seemed|seems|looked|looks|grew|became|went|turned|felt|feels|stood|lay|sat"
    r"|remained|stayed|gone|turn|go|grow|look"
)
# a comparison's first word that measures distance or time, not likeness: "nearer than the river", "later than"
_EN_THAN_NOT = r"other|rather|nearer|farther|further|closer|later|earlier|sooner|longer|higher|lower|more|less"
# a quantity said by a place or weather word: "a sea of faces", "a storm of applause", "a mountain of debts"
_EN_MEASURES = (
    r"seas?|oceans?|mountains?|storms?|floods?|torrents?|rivers?|rains?|showers?|hail|waves?|tides?|avalanches?"
    r"|whirlwinds?|blizzards?|hurricanes?|tempests?|clouds?|lakes?|deserts?|jungles?"
)
_POSSESSIVE_OR_ARTICLE = r"the|a|an|his|her|their|its|my|your|our|this|that|these|those"

_EN: tuple[str, ...] = (
    # "like a storm", "ran like the wind", "like tired soldiers", "just like the waves of the sea"
    rf"(?i:\blike)\s+(?P<w>(?i:{_EN_NP}))",
    # "as if a storm had passed", "as though a river ran"
    rf"(?i:\bas\s+(?:if|though))\s+(?P<w>(?i:(?:a|an|the|some)\s+{_EN_WORD}(?:\s+{_EN_WORD})?))",
    # "as white as snow", "as brave a man as a lion", "as fast as the wind"
    rf"(?i:\bas\s+(?!(?:{_EN_AS_NOT})\b)\w+(?:\s+(?:a|an)\s+\w+)?\s+as)\s+(?P<w>(?i:{_EN_NP}))",
    # "whiter than snow", "more swiftly than the wind"
    rf"(?i:\b(?!(?:{_EN_THAN_NOT})\b)[a-z]+er\s+than|\b(?:more|less)\s+[a-z]+\s+than)\s+(?P<w>(?i:{_EN_NP}))",
    # "a lion-like roar", "snow-white", "ice-cold", "star-shaped": the first word only likens
    r"(?i:\b(?P<w>[a-z]+)-(?:like|shaped|colou?red|white|black|red|blue|green|cold|bright|sweet|soft|hard|clear))\b",
    # "a sea of faces", "the mountain of debts": the measure word, its "of" taking no article or name
    rf"(?i:\b(?:a|an|the|this|that|such\s+a|one)\s+(?:(?:great|huge|vast|whole|veritable|real|perfect|regular"
    rf"|sheer|endless|little|small|very)\s+)?(?P<w>{_EN_MEASURES})\s+of)\s+(?!(?i:{_POSSESSIVE_OR_ARTICLE})\b)"
    r"(?=[a-z])",
    # "lifted his eyes to heaven", "raised her hands towards the sky": where eyes and hands turn
    r"(?i:\b(?:eyes|eye|gaze|face|hands|arms|head|glance|look|looks)\b(?:\s+[a-z]+){0,3}?\s+"
    r"(?P<w>(?:up\s+)?(?:to|towards?|unto)\s+(?:the\s+)?(?:heavens?|sky|skies)))\b",
    # "prayed to Heaven", "cried out to heaven", "swore to heaven": heaven spoken to
    r"(?i:\b(?:pray\w*|cr(?:y|ies|ied)|call(?:s|ed|ing)?|thank\w*|swore|swear\w*|sworn|appeal\w*|plead\w*|begg?\w*"
    r"|vow\w*|sigh\w*|groan\w*|shout\w*|look\w*\s+up|gaz\w*\s+up|glanc\w*\s+up)(?:\s+(?:up|out|aloud|silently|again))?"
    r"\s+(?P<w>(?:to|unto|towards?)\s+(?:the\s+)?heavens?))\b",
    # "her thoughts flew to the sea", "his heart was in the mountains": only thoughts and hopes go there
    rf"(?i:\b(?:his|her|their|my|our|your|its|[a-z]+'s)\s+(?:[a-z]+\s+)?(?:thoughts?|mind|heart|hopes?|dreams?|cares?|memor(?:y|ies)|fancy|longings?|spirit|soul)\s+"
    rf"(?:[a-z]+\s+){{0,2}}?(?:went|wandered|flew|turned|drifted|strayed|returned|raced|fled|travell?ed|was|were"
    rf"|lay|lingered|remained|stayed|dwelt)\s+(?:(?:back|far|away|off|still|often|always)\s+)?)"
    rf"(?P<w>(?i:(?:to|towards?|in|at|across|over|among)\s+{_EN_NP}))",
)


# a weather verb said of what is no weather: "his voice thundered", "the horses thundered past", "seine Stimme
# donnerte", "sa voix tonnait"; the weather only where the subject is the empty "it" ("it thundered", "es
# donnerte", "il tonnait", "da donnerte es")
_VOICED_WEATHER = {
    "en": r"(?i:(?<!\bit )(?<!\bit had )(?<!\bit has )\b(?P<w>thundered))\b",
    "de": r"(?i:(?<!\bes )\b(?P<w>donnerte|blitzte|donnert|blitzt))\b(?!\s+es\b)",
    "fr": r"(?i:(?<!\bil )(?<!\bil y )\b(?P<w>tonnait|tonna))\b",
}


_EN_ADJ_AS: tuple[str, ...] = (
    # "the fields were white as milk", "went pale as death": a quality after a verb of being, then "as"
    rf"(?i:\b(?:{_EN_COPULA})\s+(?:(?:very|quite|so|almost|nearly|all)\s+)?(?!(?:{_EN_AS_NOT})\b)[a-z]+\s+as)"
    rf"\s+(?P<w>(?i:{_EN_NP}))",
    # "hair white as snow": a colour or a quality in -y, -ous, -ful, -less, -ish, -ive, then "as"
    rf"(?i:\b(?:white|black|red|green|blue|yellow|grey|gray|pale|cold|hot|dark|bright|clear|deep|quiet|still"
    rf"|soft|hard|sharp|sweet|light|swift|fast|slow|strong|brave|proud|tall|old|wise|free|pure|fresh|smooth"
    rf"|[a-z]+(?:y|ous|ful|less|ish|ive))\s+as)\s+(?P<w>(?i:{_EN_NP}))",
)
# "stood still as the storm raged", "it grew dark as the night fell": "as" opening a clause (when, while)
_EN_AS_CLAUSE = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their|its|my|our|your)\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:[a-z]{3,}ed|was|were|had|has|is"
    r"|are|fell|came|rose|began|grew|blew|broke|went|drew|shone|sank|set|rang|spread|swept|struck|lay|stood|sat"
    r"|ran|passed|died|cleared|burst|froze|hung)\b",
    re.I,
)


def _en_like_is_verb(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 40) : m.start()]
    return bool(_EN_LIKE_VERB.search(before) or _EN_FORETOLD.search(before))


def _en_as_opens_a_clause(text: str, m: re.Match[str]) -> bool:
    return bool(_EN_AS_CLAUSE.match(text, m.start("w")))


# -- other languages -----------------------------------------------------------------------------------------

_DE_ART = r"(?:(?:ein|eine|einen|einem|einer|eines|der|die|das|den|dem|des)\s+)?"
_DE_NP = rf"{_DE_ART}(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?[A-ZÄÖÜ][\wäöüß]*"
_DE_NOT_COMPARATIVE = r"aber|oder|immer|wieder|der|er|jeder|später|früher|weiter|nieder|hier|sicher|mehr|ihr|mir"
_DE: tuple[str, ...] = (
    # "wie ein Sturm", "so weiß wie Schnee", "gleich einem Fluss"
    rf"\b(?:[Ww]ie|gleich)\s+(?P<w>{_DE_NP})",
    # "weißer als Schnee", "schneller als der Wind"
    rf"\b(?!(?:{_DE_NOT_COMPARATIVE})\b)[a-zäöüß]+er\s+als\s+(?P<w>{_DE_NP})",
    # "ein Meer von Gesichtern", "ein Sturm der Begeisterung", "ein Berg aus Schulden"
    r"\b(?i:ein|eine|einen|einem|einer|ein\s+wahres|ein\s+ganzer|ein\s+ganzes)\s+(?P<w>Meer|Ozean|Berg|Sturm|Flut|"
    r"Strom|Regen|Hagel|Welle|Lawine|Orkan|Gewitter|Wolke)\s+(?:von|aus|der|des)\b",
    # "die Augen zum Himmel", "betete zum Himmel"
    r"\b(?:Augen|Blick|Hände|Arme|Gesicht|betete|flehte|rief|schwor|seufzte)\b(?:\s+\w+){0,3}?\s+"
    r"(?P<w>(?:zum|gen)\s+Himmel\w*)",
)

_FR_NOT_NP = r"il|elle|ils|elles|on|je|j'|tu|nous|vous|ce|c'|ça|cela|si|s'|toujours|d'habitude|avant|prévu|quand|à"
_FR_NP = (
    rf"(?!(?:{_FR_NOT_NP})\b)(?:(?:un|une|des|le|la|les|du)\s+|l['’]|d['’])?[\wàâçéèêëîïôûùüÿœ-]+"
    r"(?:\s+(?:de|d['’])\s*[\wàâçéèêëîïôûùüÿœ-]+)?"
)
_FR: tuple[str, ...] = (
    rf"(?i:\b(?:comme|(?<!un\s)(?<!une\s)(?<!de\s)(?:tel|telle|tels|telles)|pareil\s+à|pareille\s+à|semblable\s+à))\s+(?P<w>(?i:{_FR_NP}))",
    rf"(?i:\b(?:plus|moins|aussi)\s+\w+\s+que)\s+(?P<w>(?i:{_FR_NP}))",
    r"(?i:\b(?:un|une|cette|ce)\s+(?:véritable\s+|vraie\s+|vrai\s+)?(?P<w>mer|océan|montagne|tempête|orage|torrent|"
    r"fleuve|rivière|pluie|déluge|flot|flots|vague|avalanche|nuée|tourbillon|ouragan)\s+(?:de\s+|d['’]))"
    r"(?!(?i:la|le|les|l['’])\b)",
    r"(?i:\b(?:yeux|regard|mains|bras|visage|pria|implora|supplia)\b(?:\s+\w+){0,3}?\s+"
    r"(?P<w>(?:au|vers\s+le)\s+(?:ciel|paradis)))",
)

_ES_ART = r"(?:un|una|unos|unas|el|la|los|las)"
_ES_NP = rf"{_ES_ART}\s+[\wáéíóúñü]+(?:\s+de\s+[\wáéíóúñü]+)?"
_ES: tuple[str, ...] = (
    rf"(?i:\b(?:como|(?<!el\s)(?<!la\s)(?<!lo\s)(?<!los\s)(?<!las\s)(?<!cada\s)cual))\s+(?P<w>(?i:{_ES_NP}))",
    rf"(?i:\b(?:más|menos|tan)\s+[\wáéíóúñü]+\s+(?:que|como))\s+(?P<w>(?i:(?:{_ES_ART}\s+)?[\wáéíóúñü]+))",
    r"(?i:\b(?:un|una)\s+(?:verdadero\s+|verdadera\s+)?(?P<w>mar|océano|montaña|tormenta|tempestad|torrente|río|"
    r"lluvia|diluvio|ola|avalancha|huracán|aguacero)\s+de)\s+(?!(?i:la|el|los|las|su|sus)\b)",
    r"(?i:\b(?:ojos|mirada|manos|brazos|rostro|rezó|imploró|suplicó)\b(?:\s+\w+){0,3}?\s+"
    r"(?P<w>(?:al|hacia\s+el)\s+(?:cielo|paraíso)))",
)

_IT_ART = r"(?:(?:un|una|uno|il|lo|la|i|gli|le)\s+|un['’]|l['’])"
_IT: tuple[str, ...] = (
    rf"(?i:\b(?:come|simile\s+a|quasi))\s+(?P<w>(?i:{_IT_ART}[\wàèéìòù]+(?:\s+di\s+[\wàèéìòù]+)?))",
    r"(?i:\b(?:più|meno)\s+[\wàèéìòù]+\s+(?:di|del|della|dello|dei|delle|degli|dell['’]|che))\s*"
    r"(?P<w>(?i:(?:(?:il|lo|la|i|gli|le|un|una)\s+)?[\wàèéìòù]+))",
    r"(?i:\b(?:così|tanto)\s+[\wàèéìòù]+\s+come)\s+(?P<w>(?i:(?:(?:il|lo|la|i|gli|le|un|una)\s+)?[\wàèéìòù]+))",
    r"(?i:\b(?:un|una|uno)\s+(?P<w>mare|oceano|montagna|tempesta|torrente|fiume|pioggia|diluvio|onda|valanga|"
    r"uragano|bufera)\s+(?:di\s+|d['’]))(?!(?i:il|lo|la|i|gli|le)\b)",
    r"(?i:\b(?:occhi|sguardo|mani|braccia|volto|pregò|implorò)\b(?:\s+\w+){0,3}?\s+"
    r"(?P<w>(?:al|verso\s+il)\s+(?:cielo|paradiso)))",
)

_PT: tuple[str, ...] = (
    r"(?i:\b(?:como|qual))\s+(?P<w>(?i:(?:um|uma|uns|umas|o|a|os|as)\s+[\wãõáéíóúâêôç]+))",
    r"(?i:\b(?:mais|menos|tão)\s+[\wãõáéíóúâêôç]+\s+(?:que|do\s+que|quanto|como))\s+"
    r"(?P<w>(?i:(?:(?:um|uma|o|a|os|as)\s+)?[\wãõáéíóúâêôç]+))",
    r"(?i:\b(?:um|uma)\s+(?P<w>mar|oceano|montanha|tempestade|torrente|rio|chuva|dilúvio|onda|avalanche)\s+de)"
    r"\s+(?!(?i:o|a|os|as)\b)",
)

# Russian: "как гроза", "словно белый снег", "будто ветер"; "как только", "как вдруг" are no likenesses
_RU_ADJ = r"(?:[а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ую|юю|ым|им|ой)\s+)?"
_RU_NOT = r"только|вдруг|раз|всегда|обычно|будто|бы|же|и|он|она|оно|они|я|ты|мы|вы|это|то|если|ни|не|можно|нельзя"
_RU: tuple[str, ...] = (
    rf"(?i:(?<![\w])(?:как|словно|будто|точно|подобно|как\s+будто|будто\s+бы))\s+(?!(?:{_RU_NOT})(?![\w]))"
    rf"(?P<w>(?i:{_RU_ADJ}[а-яё]+))",
    # "белее снега", "сильнее, чем буря": a comparative, then what it measures by (a genitive, or after "чем")
    r"(?i:(?<![\w])(?!(?:более|менее|скорее|вернее|позднее|ранее|далее)(?![\w]))[а-яё]+ее)\s+"
    r"(?P<w>(?i:[а-яё]+[аяыи]))(?![\w])",
    r"(?i:(?<![\w])[а-яё]+ее,?\s+чем)\s+(?P<w>(?i:[а-яё]+))",
    # "море лиц", "буря аплодисментов", "гора долгов", "река слёз"
    r"(?i:(?<![\w])(?P<w>мор[еяюём]|океан\w*|гор[аыуой]|бур[яиюей]|лавин\w*|рек[аиуой]|пото[кп]\w*|лив\w*|"
    r"дожд[ьяеём]|шквал\w*|град\w*|волн[аыуой]))\s+(?=(?i:лиц|слёз|слез|аплодисментов|оваций|долгов|вопросов|"
    r"цветов|огней|стрел|пуль|искр|упрёков|упреков|проклятий|эмоций|чувств|смеха|людей|голов|писем|бумаг|"
    r"подарков|криков|слов|рук|звуков)(?![\w]))",
    r"(?i:(?<![\w])(?:глаза|взгляд|взор|руки|лицо|молил\w*|взмолил\w*)(?:\s+[а-яё]+){0,3}?\s+)"
    r"(?P<w>(?i:к\s+(?:небу|небесам|раю)))",
)

# Hindi: the word before "की तरह", "जैसा/जैसे/जैसी", "सा/सी", "के समान", "की भाँति"; "से भी" (whiter than)
_HI_MARKS = r"की\s+तरह|की\s+भाँति|की\s+भांति|के\s+समान|के\s+जैसा|के\s+जैसे|के\s+जैसी|जैसा|जैसे(?!\s+ही)|जैसी|सा|सी|से\s+भी"
_HI: tuple[str, ...] = (
    rf"(?<!\S)(?P<w>\S+)\s+(?:{_HI_MARKS})(?=\s|[।,!?.]|$)",
    # "तालियों का तूफ़ान", "चेहरों का समुद्र", "आँसुओं की नदी": a plural's sea, storm or river is a measure
    r"\S+(?:ों|ओं)\s+(?:का|की|के)\s+(?P<w>समुद्र|सागर|समंदर|पहाड़|पहाड|तूफ़ान|तूफान|नदी|बाढ़|सैलाब|बारिश|वर्षा|बौछार|लहर)",
    r"(?:कर्ज़|कर्ज|क़र्ज़|दुख|दुःख|ग़म|गम|प्यार|ख़ुशी|खुशी)\s+(?:का|की|के)\s+(?P<w>समुद्र|सागर|समंदर|पहाड़|पहाड|तूफ़ान|तूफान|नदी|सैलाब)",
)

# Japanese: the noun before "のように", "のような", "みたいな", "のごとく"; before "より" (than)
_JA_NOUN = r"[一-龯々ァ-ヴー]+"
_JA: tuple[str, ...] = (
    rf"(?P<w>{_JA_NOUN})(?=の?(?:よう|様|みたい|ごと|如)|より)",
    # "拍手の嵐", "涙の川", "人の海", "借金の山"
    r"(?:拍手|涙|人|人々|顔|借金|血|火|炎|光|矢|弾|書類|言葉|怒り|悲しみ|花)の(?P<w>海|山|嵐|川|雨|波|洪水|渦)",
)

# Chinese: "像雪一样", "如同暴风雨", "好像河水似的", "比雪还白"; "好像要下雨" (seems about to rain) is none
_ZH_SPAN = r"[^，。、！？；：,.!?;:\s]"
_ZH: tuple[str, ...] = (
    rf"(?:像|好像|仿佛|如同|犹如|宛如|宛若|好似|恰似|似)(?P<w>{_ZH_SPAN}{{1,6}}?)(?=一样|一般|似的|般)",
    rf"(?:如同|犹如|宛如|宛若|好似|恰似)(?P<w>{_ZH_SPAN}{{1,5}})",
    rf"(?<![好图想画雕偶肖录影镜头])像(?!是要|要|会|在)(?P<w>{_ZH_SPAN}{{1,5}})",
    rf"比(?P<w>{_ZH_SPAN}{{1,4}}?)(?=还|更)",
    r"(?:人|花|灯|火|旗|泪|欢乐)的?(?P<w>海洋|海)",
)


@dataclass(frozen=True)
class _Figure:
    pattern: re.Pattern[str]
    # what says a match is no figure after all ("they like the sea"), given the text and the match
    unless: Callable[[str, re.Match[str]], bool] | None = None


def _compiled(patterns: tuple[str, ...], unless: Callable[[str, re.Match[str]], bool] | None = None) -> list[_Figure]:
    return [_Figure(re.compile(p), unless) for p in patterns]


def _clause_initial(text: str, m: re.Match[str]) -> bool:
    """Whether a word of likeness opens its clause ("Comme la neige tombait", "Wie der Sturm tobte"): there it
    is "as" or "how", a conjunction, and the words after it are said, not likened."""
    before = text[max(0, m.start() - 12) : m.start()]
    return bool(re.search(r"(?:^|[.;:!?,—\n]|\b(?:et|mais|und|aber|y|pero|e|ma))\s*$", before, re.I))


def _sentence_initial(text: str, m: re.Match[str]) -> bool:
    """Russian sets a likeness off by a comma ("гремел, как гроза"): only a sentence's first "как" is "how"."""
    before = text[max(0, m.start() - 12) : m.start()]
    return bool(re.search(r"(?:^|[.;:!?—\n]|(?<!\w)(?:и|а|но))\s*$", before, re.I))


@cache
def _figures(language: str) -> list[_Figure]:
    voiced = _compiled((_VOICED_WEATHER[language],)) if language in _VOICED_WEATHER else []
    if language == "en":
        like, rest = _EN[0], _EN[1:]
        adjective_as = _compiled(_EN_ADJ_AS, _en_as_opens_a_clause)
        return [*_compiled((like,), _en_like_is_verb), *_compiled(rest), *adjective_as, *voiced]
    if language in ("de", "fr", "es", "it", "pt", "ru"):
        table = {"de": _DE, "fr": _FR, "es": _ES, "it": _IT, "pt": _PT, "ru": _RU}[language]
        # the first pattern is the word of likeness, a conjunction where it opens its clause
        opens = _sentence_initial if language == "ru" else _clause_initial
        return [*_compiled(table[:1], opens), *_compiled(table[1:]), *voiced]
    return _compiled({"hi": _HI, "ja": _JA, "zh": _ZH}.get(language, ()))


def figure_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Where the text's figures of speech put words that name nothing of the scene."""
    spans: list[tuple[int, int]] = []
    for figure in _figures(language):
        for m in figure.pattern.finditer(text):
            if figure.unless is not None and figure.unless(text, m):
                continue
            group = "w" if "w" in figure.pattern.groupindex and m.group("w") is not None else 0
            start, end = m.span(group)
            if end > start:
                spans.append((start, end))
    return spans


def without_figures(text: str, language: str) -> str:
    """The text with its figures' likened-to words blanked (spaces; the same length, so positions hold)."""
    spans = figure_spans(text, language)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if not chars[i].isspace():
                chars[i] = " "
    return "".join(chars)
