"""Where people of a trade are when they are at their work and the text names no place: a shoemaker stitching,
a tailor sewing, a smith hammering are in a workshop; a miller grinding is in the mill; a baker baking, a cook
cooking in a kitchen; a fisherman casting his net at sea. The trade alone is no place (a tailor may be walking
in the wood); the trade and a verb of work in one sentence are. Read by scripts/scenes.describe_scene on a scene
that names no place.

Each language's table holds its trades' words (a stem: the plural's and the cases' endings follow it), grouped
by the setting of their work, and its verbs of work: the general ones ("worked", "arbeitete", "काम करता")
and those of the trades ("sewed", "nähte", "सिलाई"). No bakery or forge is drawn: a baker at work is in a
kitchen, a smith in a workshop."""

from __future__ import annotations

import re
from functools import lru_cache

from filmstudio.script.lexicon import Match

_TRADES: dict[str, dict[str, str]] = {
    "en": {
        "workshop": r"shoemaker|cobbler|tailor|seamstress|carpenter|joiner|blacksmith|smith|potter|weaver|"
        r"woodcarver|toymaker|clockmaker|watchmaker|saddler|cooper|wheelwright|locksmith|silversmith|goldsmith",
        "mill": r"miller",
        "kitchen": r"baker",
        "sea": r"fisherm[ae]n|fisher",
    },
    "es": {
        "workshop": r"zapater[oa]|sastre|costurer[oa]|carpinter[oa]|herrer[oa]|alfarer[oa]|tejedor|relojer[oa]|"
        r"juguetero|ebanista",
        "mill": r"molinera|molinero",
        "kitchen": r"panader[oa]|cociner[oa]",
        "sea": r"pescador",
    },
    "pt": {
        "workshop": r"sapateir[oa]|alfaiate|costureir[oa]|carpinteir[oa]|marceneir[oa]|ferreir[oa]|oleir[oa]|"
        r"tecel[ãa]o|tecelã|relojoeir[oa]",
        "mill": r"moleir[oa]",
        "kitchen": r"padeir[oa]|cozinheir[oa]",
        "sea": r"pescador",
    },
    "it": {
        "workshop": r"calzolai[oa]|ciabattin[oa]|sart[oa]|sarti|falegnam[ei]|fabbr[oi]|vasai[oa]|tessit(?:ore|rice)|"
        r"orologiai[oa]|artigian[oi]",
        "mill": r"mugnai[oa]",
        "kitchen": r"fornai[oa]|panettier[ea]|cuoc[oa]|cuochi",
        "sea": r"pescator[ei]",
    },
    "fr": {
        "workshop": r"cordonnier|couturière|tailleur|menuisier|charpentier|forgeron|potier|tisserand|horloger|"
        r"sabotier|ébéniste|artisan",
        "mill": r"meuni(?:er|ère)",
        "kitchen": r"boulang(?:er|ère)|cuisini(?:er|ère)",
        "sea": r"pêcheur",
    },
    "de": {
        "workshop": r"schuster|schuhmacher|schneider|tischler|schreiner|zimmermann|schmied|töpfer|weber|uhrmacher|"
        r"sattler|drechsler",
        "mill": r"müller",
        "kitchen": r"bäcker|köchin",
        "sea": r"fischer",
    },
    "ru": {
        "workshop": r"сапожник|портн(?:ой|ого|ому|ым|иха|ихи)|столяр|плотник|кузнец|гончар|ткач|часовщик",
        "mill": r"мельник",
        "kitchen": r"пекар|повар|кухарк",
        "sea": r"рыбак|рыболов",
    },
    "hi": {
        "workshop": r"मोची|दर्ज़ी|दर्जी|बढ़ई|लोहार|कुम्हार|जुलाहा|जुलाहे|सुनार",
        "mill": r"चक्कीवाला|चक्कीवाले",
        "kitchen": r"हलवाई|रसोइया|रसोइये|नानबाई",
        "sea": r"मछुआरा|मछुआरे|मछुआरों",
    },
    "ta": {
        "workshop": r"தையல்கார|தச்ச|கொல்ல|குயவ|நெசவாள|செருப்புத்\s*தைக்கு",
        "kitchen": r"சமையல்கார|ரொட்டிக்கார",
        "sea": r"மீனவ|செம்படவ",
    },
    "bn": {
        "workshop": r"মুচি|দর্জি|ছুতোর|কামার|কুমোর|তাঁতি",
        "kitchen": r"রাঁধুনি|ময়রা",
        "sea": r"জেলে",
    },
    "ja": {
        "workshop": r"くつや|靴屋|したてや|仕立て屋|仕立屋|だいく|大工|かじや|鍛冶屋|職人|しょくにん|はたおり|機織り",
        "mill": r"粉屋|こなや",
        "kitchen": r"パン屋|パンや|料理人|コック",
        "sea": r"漁師|りょうし",
    },
    "zh": {
        "workshop": r"鞋匠|裁缝|木匠|铁匠|陶工|织工|钟表匠|工匠|银匠|皮匠",
        "mill": r"磨坊主|磨坊工",
        "kitchen": r"面包师|厨师|厨子",
        "sea": r"渔夫|渔民|打鱼的",
    },
}
# at work: the general verbs of work and those of each trade (sewing, hammering, grinding, baking, fishing)
_AT_WORK = {
    "en": r"\b(?:work|works|worked|working|sew|sews|sewed|sewing|stitch\w*|hammer\w*|mend\w*|cut\s+out|ground|grind\w*|"
    r"bake[ds]?|baking|knead\w*|fish|fished|fishing|cast\s+(?:his|her|their|the)\s+nets?|hauled\s+(?:in\s+)?"
    r"(?:his|her|their|the)\s+nets?|made\s+(?:a\s+|the\s+|some\s+)?(?:\w+\s+)?(?:shoes|boots|coat|coats|dress|chair|"
    r"table|pots|bread|loaves)|carv\w+|weav\w+|forg\w+|at\s+(?:his|her|their)\s+(?:bench|work|trade|loom|anvil|"
    r"wheel|oven))\b",
    "es": r"(?<!\w)(?:trabaj\w+|cos(?:ía|ió|ían|iendo|er)|remend\w+|martill\w+|mol(?:ía|ió|ían|iendo|er)|amas\w+|horne\w+|pesc\w+|tej\w+|forj\w+|"
    r"ech\w+\s+(?:la|las|su|sus)\s+red(?:es)?|hac\w+\s+(?:unos\s+|unas\s+|los\s+|las\s+)?(?:zapatos|botas|pan))(?!\w)",
    "pt": r"(?<!\w)(?:trabalh\w+|cos(?:ia|eu|er|endo|iam)|costur\w+|remend\w+|martel\w+|mo(?:ía|eu|er|endo|íam)|amass\w+|pesc\w+|te[cç]\w+|forj\w+|"
    r"lanç\w+\s+(?:a|as|sua|suas)\s+red\w*|faz\w*\s+(?:uns\s+|os\s+)?(?:sapatos|botas|pão))(?!\w)",
    "it": r"(?<!\w)(?:lavor\w+|cuc(?:iva|ì|ire|endo|ivano)|rammend\w+|martell\w+|macin\w+|impast\w+|inforn\w+|pesc(?:ava|ò|are|ando|avano)|tess\w+|forgi\w+|"
    r"gett\w+\s+(?:la|le|sua|sue)\s+ret\w*)(?!\w)",
    "fr": r"(?<!\w)(?:travaill\w+|cous\w+|raccommod\w+|martel\w+|moul\w+|pétri\w*|enfourn\w+|pêch\w+|tiss\w+|forge\w*|"
    r"jet\w+\s+(?:son|ses|le|les|leur|leurs)\s+filets?)(?!\w)",
    "de": r"(?<!\w)(?:arbeit\w+|gearbeitet|näht\w*|genäht|flickt\w*|hämmert\w*|gehämmert|mahlt\w*|gemahlen|knetet\w*|"
    r"backt\w*|buk|gebacken|fischt\w*|gefischt|webt\w*|schmiedet\w*|warf\s+(?:sein|seine|ihr|ihre|das|die)\s+netz\w*)"
    r"(?!\w)",
    "ru": r"(?<!\w)(?:работал\w*|трудил\w+|шил\w*|сшил\w*|чинил\w*|стучал\s+молотком|ковал\w*|молол\w*|месил\w*|"
    r"пёк|пекл\w*|ловил\w*|закинул\w*\s+(?:свой\s+)?невод|закидывал\w*\s+(?:сети|невод))(?!\w)",
    "hi": r"(?:काम\s+(?:करता|करती|करते|कर\s+रहा|कर\s+रही|कर\s+रहे|किया)|सिल\S*|सिलाई|गाँठ\S*|हथौड़ा|पीस\S*|"
    r"गूँध\S*|पका\S*|जाल\s+(?:डाला|फेंका|डालता|फेंकता)|मछली\s+पकड़\S*|बुन\S*)",
    "ta": r"(?:வேலை\s+செய்\S*|தைத்த\S*|தைக்க\S*|அடித்த\S*|அரைத்த\S*|சுட்ட\S*|வலை\s+வீசி\S*|மீன்\s+பிடி\S*|நெய்\S*|செதுக்\S*)",
    "bn": r"(?:কাজ\s+কর\S*|সেলাই|জুড়\S*|হাতুড়ি|পিষ\S*|জাল\s+ফেল\S*|মাছ\s+ধর\S*|বুন\S*|গড়\S*)",
    "ja": r"(?:はたら|働|しごと|仕事|ぬい|縫い|ぬっ|縫っ|つくろ|繕|たたい|叩い|こねて|こねま|焼い|あみを|網を|挽い|織っ)",
    "zh": r"(?:干活|工作|缝|补|打铁|锤|磨面|磨粉|和面|烤|撒网|捕鱼|打鱼|织|做鞋|做衣)",
}
_STOPS = r"(?<=[.!?;。！？।])\s*"


@lru_cache(maxsize=32)
def _trade_pattern(language: str) -> re.Pattern[str] | None:
    table = _TRADES.get(language)
    if table is None:
        return None
    groups = "|".join(f"(?P<{key}>{words})" for key, words in table.items())
    if language in ("ja", "zh", "ta", "bn", "hi"):  # the trade's word ends in its suffixes, or stands alone
        return re.compile(f"(?:{groups})")
    return re.compile(rf"(?<!\w)(?:{groups})\w{{0,3}}(?!\w)")


def trade_at_work(text: str, language: str) -> Match | None:
    """The setting where the first of the text's people of a trade is at work, named by a verb of work in the
    sentence that names them, or None."""
    trades, work = _trade_pattern(language), _AT_WORK.get(language)
    if trades is None or work is None:
        return None
    for sentence in re.split(_STOPS, text):
        low = sentence.lower()
        for m in trades.finditer(low):
            rest = low[: m.start()] + " " * (m.end() - m.start()) + low[m.end() :]  # the trade's word is no verb
            if re.search(work, rest):
                key = next(k for k, v in m.groupdict().items() if v)
                return Match(key, (m.group(0),), m.start())
    return None


_AND = r"(?<!\w)(?:and|or|with|y|o|con|et|ou|avec|und|oder|mit|e|ed|и|или|с)(?!\w)|और|と(?!いう|言う)|和|跟"
_APPOSED_WORDS = 3  # words at most between a person's name and their trade's word ("a poor old tailor named Bill")
_SPACELESS = ("ja", "zh")
# scripts whose vowel signs Python counts as no word character: words are told by the spaces between them
_BY_SPACES = ("hi", "mr", "ta", "te", "bn")


def _word(pattern: str, language: str) -> str:
    """A pattern as a whole word of the language."""
    if language in _SPACELESS:
        return pattern
    if language in _BY_SPACES:
        return rf"(?<!\S){pattern}"
    return rf"(?<!\w){pattern}(?!\w)"


def trades_of_people(text: str, names: list[str], language: str) -> dict[str, str]:
    """The trade's word each named person is called by beside their name ("a tailor named Bill", "Bill the
    tailor", "el sastre Pablo", "रामू नाम का एक दर्ज़ी", "ハンスというくつや"), so that a scene naming them only by
    name finds them at their work."""
    trades = _trade_pattern(language)
    if trades is None:
        return {}
    if language in _SPACELESS:
        gap = r"[^。！？\s]{0,8}?"
    elif language in _BY_SPACES:
        gap = rf"\S*(?:\s+\S+){{0,{_APPOSED_WORDS}}}\s+"
    else:
        gap = rf"(?:\W+\w+){{0,{_APPOSED_WORDS}}}\W+"
    out = {}
    for name in names:
        if language not in _SPACELESS and not re.search(_word(re.escape(name), language), text):
            continue  # a name the text never writes as one ("Mujer" of "su mujer") is a word for someone
        own = re.escape(name.lower())
        for sentence in re.split(_STOPS, text.lower()):
            for m in trades.finditer(sentence):
                trade = re.escape(m.group(0))
                near = _word(f"{trade}{gap}{own}", language) + "|" + _word(f"{own}{gap}{trade}", language)
                hit = re.search(near, sentence)
                if hit and not re.search(_AND, hit.group(0)):  # "a fisherman and his wife": two people
                    out[name] = m.group(0)
                    break
            if name in out:
                break
    return out


def at_work_by_name(text: str, trades: dict[str, str], language: str) -> Match | None:
    """trade_at_work, the people of a trade named by their names ("Bill sewed a coat": the tailor sewed)."""
    for name, trade in sorted(trades.items(), key=lambda kv: len(kv[0]), reverse=True):
        text = re.sub(_word(re.escape(name), language), trade, text, flags=re.I)
    return trade_at_work(text, language)
