"""Where a tale's people are at home when the text names no drawable place: the home of the couple or
family a tale opens with ("There once lived an old fisherman and his wife", "Es war einmal ein armer
Schneider", "从前有一对老夫妻"), by their station: a mansion for the rich and the merchants, else a cottage
(drawn as the cabin); kings and queens are in their palace already (scenes.story_home reads their ranks).
And the ways home: "came home", "ging heim", "家に帰りました", "回家了" are at home; "came back from the
fields", "tornò dalla città" at home too, as the place come from is not where the scene is; "on the way
home", "auf dem Heimweg", "帰り道" on the road. Read by scenes.describe_scene and builder (`home`)."""

from __future__ import annotations

import re

import filmstudio.script.vocabulary as vocabulary
from filmstudio.script.lexicon import Match

_COTTAGE, _MANSION = "cabin", "mansion"
_AT_HOME = "living_room"  # the plain home; scenes/home_rooms.py draws it as the story's hut, kitchen, bedroom

# the formulas tales open with, and the verbs of living or being that bring in their people
_OPENING = {
    "en": r"\b(?:once\s+upon\s+a\s+time|there\s+(?:once\s+)?(?:lived|dwelt|was|were)|once\s+there\s+(?:lived|was|"
    r"were)|long\s+ago)\b",
    "fr": r"(?<!\w)(?:il\s+était\s+une\s+fois|il\s+y\s+avait\s+une\s+fois|autrefois|vivaient|vivait)(?!\w)",
    "es": r"(?<!\w)(?:érase\s+una\s+vez|había\s+una\s+vez|hace\s+mucho\s+tiempo|vivían|vivía)(?!\w)",
    "it": r"(?<!\w)(?:c'era\s+una\s+volta|c’era\s+una\s+volta|vivevano|viveva)(?!\w)",
    "pt": r"(?<!\w)(?:era\s+uma\s+vez|há\s+muito\s+tempo|viviam|vivia)(?!\w)",
    "de": r"(?<!\w)(?:es\s+war\s+einmal|es\s+lebte|es\s+lebten|lebten\s+einmal|lebte\s+einmal)(?!\w)",
    "ru": r"(?<!\w)(?:жили-были|жил-был|жила-была|жили\s+да\s+были|жил|жила|жили)(?!\w)",
    "hi": r"(?:एक\s+(?:बार|समय)|बहुत\s+(?:पहले|समय\s+पहले)|रहता\s+था|रहती\s+थी|रहते\s+थे)",
    "ja": r"(?:むかしむかし|昔々|むかし|昔|住んでいました|すんでいました|くらしていました|暮らしていました)",
    "zh": r"(?:从前|很久以前|古时候|住着|有一对|有一家)",
}
# a couple or a family: spouses, children, an old man with his old woman
_FAMILY = {
    "en": r"\b(?:wife|husband|children|sons|daughters|son|daughter|family|couple|old\s+man\s+and\s+(?:an\s+|his\s+)?"
    r"old\s+woman)\b",
    "fr": r"(?<!\w)(?:femme|mari|enfants|fils|filles|famille|vieux\s+et\s+(?:une\s+|sa\s+)?vieille)(?!\w)",
    "es": r"(?<!\w)(?:mujer|esposa|marido|esposo|hijos|hijas|hijo|hija|familia|viejo\s+y\s+(?:una\s+|su\s+)?vieja)(?!\w)",
    "it": r"(?<!\w)(?:moglie|marito|figli|figlie|figlio|figlia|famiglia|vecchio\s+e\s+(?:una\s+|la\s+)?vecchia)(?!\w)",
    "pt": r"(?<!\w)(?:mulher|esposa|marido|filhos|filhas|filho|filha|família|velho\s+e\s+(?:uma\s+|a\s+)?velha)(?!\w)",
    "de": r"(?<!\w)(?:frau|ehefrau|mann|kinder|söhne|töchter|sohn|tochter|familie)(?!\w)",
    "ru": r"(?<!\w)(?:жена|женой|жену|муж|мужем|дети|детей|сын\w*|доч\w*|семь[яеёи]|старик\w*\s+(?:со|и)\s+старух\w*)"
    r"(?!\w)",
    "hi": r"(?:पत्नी|पति|बच्चे|बच्चों|बेटे|बेटी|बेटा|परिवार|बूढ़ा\s+और\s+(?:एक\s+)?बूढ़ी|बुढ़िया)",
    "ja": r"(?:おかみさん|おばあさん|おじいさん|夫婦|ふうふ|子ども|子供|こども|息子|むすこ|娘|むすめ|家族|妻|つま)",
    "zh": r"(?:妻子|老婆|丈夫|孩子|儿子|女儿|夫妻|老两口|一家人|老婆婆|老爷爷|老头|老太婆)",
}
# people of a station or trade a tale brings in alone ("a poor tailor", "un pauvre bûcheron")
_PEOPLE = {
    "en": r"\b(?:poor|rich|wealthy|old|woodcutter|fisherman|tailor|shoemaker|cobbler|miller|merchant|peasant|"
    r"widow|smith|blacksmith|baker|weaver|soldier)\b",
    "fr": r"(?<!\w)(?:pauvre|riche|vieil|vieux|vieille|bûcheron|pêcheur|tailleur|cordonnier|marchand|paysan|veuve|"
    r"forgeron|boulanger|tisserand|soldat)(?!\w)",
    "es": r"(?<!\w)(?:pobre|rico|rica|viejo|vieja|leñador|pescador|sastre|zapatero|mercader|comerciante|campesino|"
    r"viuda|herrero|panadero|tejedor|soldado)(?!\w)",
    "it": r"(?<!\w)(?:povero|povera|ricco|ricca|vecchio|vecchia|taglialegna|boscaiolo|pescatore|sarto|calzolaio|"
    r"mercante|contadino|vedova|fabbro|fornaio|tessitore|soldato)(?!\w)",
    "pt": r"(?<!\w)(?:pobre|rico|rica|velho|velha|lenhador|pescador|alfaiate|sapateiro|mercador|comerciante|"
    r"camponês|viúva|ferreiro|padeiro|tecelão|soldado)(?!\w)",
    "de": r"(?<!\w)(?:arm\w*|reich\w*|alt\w*|holzhacker|holzfäller|fischer|schneider|schuster|schuhmacher|müller|"
    r"kaufmann|bauer|witwe|schmied|bäcker|weber|soldat)(?!\w)",
    "ru": r"(?<!\w)(?:бедн\w+|богат\w+|стар\w+|дровосек|рыбак|портной|сапожник|мельник|купец|крестьянин|вдова|"
    r"кузнец|пекарь|ткач|солдат)(?!\w)",
    "hi": r"(?:गरीब|ग़रीब|अमीर|धनी|बूढ़ा|बूढ़ी|लकड़हारा|मछुआरा|दर्ज़ी|दर्जी|मोची|सेठ|व्यापारी|किसान|विधवा|लोहार)",
    "ja": r"(?:まずしい|貧しい|びんぼう|貧乏|金持ち|かねもち|長者|ちょうじゃ|木こり|きこり|漁師|りょうし|仕立て屋|"
    r"くつや|靴屋|商人|しょうにん|百姓|ひゃくしょう)",
    "zh": r"(?:穷|贫|富|樵夫|渔夫|裁缝|鞋匠|商人|农夫|寡妇|铁匠|老人)",
}
# the rich and the merchants live in a mansion; everyone else a tale opens with, in a cottage
_RICH = {
    "en": r"\b(?:rich|wealthy|merchant|merchants|nobleman|lord)\b",
    "fr": r"(?<!\w)(?:riche|riches|marchand|marchands|seigneur|noble)(?!\w)",
    "es": r"(?<!\w)(?:rico|rica|ricos|mercader|comerciante|noble)(?!\w)",
    "it": r"(?<!\w)(?:ricco|ricca|ricchi|mercante|nobile)(?!\w)",
    "pt": r"(?<!\w)(?:rico|rica|ricos|mercador|comerciante|nobre)(?!\w)",
    "de": r"(?<!\w)(?:reich|reiche|reicher|reichen|kaufmann|kaufmanns|edelmann)(?!\w)",
    "ru": r"(?<!\w)(?:богат\w+|купец|купца|купцом|барин|помещик)(?!\w)",
    "hi": r"(?:अमीर|धनी|सेठ|साहूकार|व्यापारी|सौदागर)",
    "ja": r"(?:金持ち|かねもち|長者|ちょうじゃ|商人|しょうにん)",
    "zh": r"(?:富翁|富人|财主|富商|商人|地主|有钱)",
}
_OPENING_CHARS = 400  # a tale's opening: its first paragraph or so
_TITLE_WORDS, _TITLE_CHARS = 6, 12  # a title: few words, or few characters written without spaces
_STOPS = r"(?<=[.!?;。！？।])\s*"
_VERB_LAST = {"ja", "hi"}


def tale_home(text: str, language: str) -> str | None:
    """The home of the people a tale opens with, by their station, where the opening brings in a couple or a
    family, or someone of a station by a tale's formula, and names no place but a plain house; None where it
    does not."""
    opening = _opening(text)
    # "in a little castle" is the home it names; a plain house ("in a little house", "ein Häuschen", घर) is
    # the home of their station, as where it names none
    if {m.key for m in vocabulary.places(language).find(opening)} - {_AT_HOME}:
        return None
    return _station(opening, language)


def _station(opening: str, language: str) -> str | None:
    """The home of the couple, family or person of a station an opening brings in: the mansion of the rich,
    else a cottage; None where it brings in none."""
    formula, family, people = (_OPENING.get(language), _FAMILY.get(language), _PEOPLE.get(language))
    if formula is None or family is None or people is None:
        return None
    if not (re.search(family, opening) or re.search(formula, opening) and re.search(people, opening)):
        return None
    return _MANSION if re.search(_RICH[language], opening) else _COTTAGE


def house_of_station(home: str | None, text: str, language: str) -> str | None:
    """The home a story's people live in, where it is a plain house (`_AT_HOME`, "lived in a little house") of
    the people a tale opens with: their cottage, or the mansion of the rich; else `home` as read."""
    opening = _opening(text)
    # "a little house at the edge of the wood", "ein armer Bauer hatte ein Häuschen": the house they have, not
    # the wood around it nor the farm of the trade
    house = any(m.key == _AT_HOME for m in vocabulary.places(language).find(_opening(text, cased=True)))
    station = _station(opening, language) if house else tale_home(text, language)
    return station if station is not None and (home in (None, _AT_HOME) or house) else home


def _opening(text: str, *, cased: bool = False) -> str:
    """A tale's opening: its first paragraph of more than a title's words ("The Fisherman" is no opening)."""
    paragraphs = [
        p
        for p in re.split(r"\n\s*\n", text.strip())
        if len(p.split()) > _TITLE_WORDS or len(p) > _TITLE_CHARS and " " not in p.strip()
    ]
    opening = (paragraphs[0] if paragraphs else "")[:_OPENING_CHARS]
    return opening if cased else opening.lower()


def opens_a_tale(text: str, language: str) -> bool:
    """Whether a scene is a tale's opening that brings in its people where they live."""
    return tale_home(text, language) is not None


# -- the ways home ----------------------------------------------------------------------------------------
# on the way home, or going home still: the road ("on his way home", "walking home", "auf dem Heimweg")
_WAY_HOME = {
    "en": r"\b(?:on\s+(?:the|his|her|their|my|our|its)\s+way\s+(?:back\s+)?home|(?:was|were)\s+(?:walking|going|"
    r"heading|hurrying|riding|driving|trudging)\s+(?:back\s+)?home|as\s+\w+\s+(?:walked|went|rode|drove)\s+home)\b",
    "fr": r"(?<!\w)(?:en\s+rentrant(?:\s+chez\s+(?:lui|elle|eux|soi))?|sur\s+le\s+chemin\s+du\s+retour|"
    r"sur\s+le\s+chemin\s+de\s+la\s+maison)(?!\w)",
    "es": r"(?<!\w)(?:de\s+camino\s+a\s+casa|camino\s+de\s+casa|de\s+vuelta\s+a\s+casa|volviendo\s+a\s+casa|"
    r"regresando\s+a\s+casa)(?!\w)",
    "it": r"(?<!\w)(?:sulla\s+via\s+di\s+casa|sulla\s+strada\s+di\s+casa|tornando\s+a\s+casa|mentre\s+tornava\s+a\s+casa)"
    r"(?!\w)",
    "pt": r"(?<!\w)(?:a\s+caminho\s+de\s+casa|no\s+caminho\s+(?:para|de)\s+casa|voltando\s+para\s+casa)(?!\w)",
    "de": r"(?<!\w)(?:auf\s+dem\s+(?:heimweg|nachhauseweg|rückweg)|auf\s+dem\s+weg\s+nach\s+hause)(?!\w)",
    "ru": r"(?<!\w)(?:по\s+дороге\s+домой|на\s+пути\s+домой|возвращаясь\s+домой)(?!\w)",
    "hi": r"(?:घर\s+(?:लौटते|जाते|आते)\s+(?:समय|हुए)|घर\s+के\s+रास्ते\s+(?:में|पर))",
    "ja": r"(?:帰り道|かえりみち|帰る途中|かえるとちゅう|帰るとちゅう)",
    "zh": r"(?:回家的路上|回家路上|回家途中)",
}
# come home or gone home ("came home", "ging heim", "rentra chez lui", "家に帰りました", "回家了")
_CAME_HOME = {
    "en": r"\b(?:came|come|comes|got|went|goes|ran|hurried|returned|walked)\s+(?:back\s+)?home\b",
    "fr": r"(?<!\w)(?:rentr(?:a|èrent|ait|aient|é|ée)|revin(?:t|rent))\s+(?:chez\s+(?:lui|elle|eux|soi)|à\s+la\s+maison)"
    r"(?!\w)",
    "es": r"(?<!\w)(?:volv(?:ió|ieron)|regres(?:ó|aron)|lleg(?:ó|aron))\s+a\s+casa(?!\w)",
    "it": r"(?<!\w)(?:torn(?:ò|arono)|rientr(?:ò|arono))\s+a\s+casa(?!\w)",
    "pt": r"(?<!\w)(?:volt(?:ou|aram)|cheg(?:ou|aram))\s+(?:para\s+|a\s+|em\s+)?casa(?!\w)",
    "de": r"(?<!\w)(?:(?:ging|gingen|kam|kamen|kehrte|kehrten|lief|liefen|eilte|eilten)\s+(?:\w+\s+){0,3}?heim|"
    r"heimgegangen|heimgekehrt|heimkam|heimkehrte|(?:ging|gingen|kam|kamen|lief|liefen)\s+(?:\w+\s+){0,3}?nach\s+hause)"
    r"(?!\w)",
    "ru": r"(?<!\w)(?:верн(?:улся|улась|улись)|пришёл|пришла|пришли|пошёл|пошла|пошли)\s+домой(?!\w)",
    "hi": r"(?:घर\s+(?:आया|आई|आए|लौटा|लौटी|लौटे|पहुँचा|पहुँची|पहुँचे|पहुंचा|पहुंची))",
    "ja": r"(?:(?:家|いえ|うち)(?:に|へ)(?:帰|かえ|もど|戻))",
    "zh": r"(?:回家|回到家|到家)",
}
# come back from a place, and nowhere else named: home ("came back from the fields", "tornò dalla città")
_BACK_FROM = {
    "en": r"\b(?:came|come|comes|got|went)\s+back\s+from\b|\breturned\s+from\b",
    "fr": r"(?<!\w)(?:revin(?:t|rent)|rentr(?:a|èrent)|retourn(?:a|èrent))\s+(?:du|des|de\s+la|de\s+l')",
    "es": r"(?<!\w)(?:volv(?:ió|ieron)|regres(?:ó|aron))\s+(?:del|de\s+la|de\s+los|de\s+las|desde)(?!\w)",
    "it": r"(?<!\w)(?:torn(?:ò|arono)|ritorn(?:ò|arono)|rientr(?:ò|arono))\s+(?:dal|dalla|dallo|dai|dalle|dagli)(?!\w)",
    "pt": r"(?<!\w)(?:volt(?:ou|aram)|regress(?:ou|aram))\s+(?:do|da|dos|das)(?!\w)",
    "de": r"(?<!\w)(?:kam|kamen|kehrte|kehrten)\s+(?:\w+\s+){0,3}?(?:vom|von|aus)\s+(?:\w+\s+){0,3}?(?:zurück|heim)"
    # "kam vom Markt.": come from a place, the clause closing on it
    r"(?!\w)|(?<!\w)(?:kam|kamen)\s+(?:\w+\s+){0,2}?(?:vom|von\s+der|von\s+dem)\s+\w+(?=\s*(?:[.;!?]|$))",
    "ru": r"(?<!\w)верн(?:улся|улась|улись)\s+(?:из|с|со)(?!\w)",
    "hi": r"से\s+(?:लौटा|लौटी|लौटे|वापस\s+आ)",
    "ja": r"から(?:帰|かえ|もど|戻)",
    "zh": r"从[^，。！？]{1,6}回来",
}


def _found(table: dict[str, str], text: str, language: str, anywhere: bool) -> str | None:
    """The words of a way home the text tells; told at the very end of its last sentence, only `anywhere`:
    "found him under a tree, and they walked home" is in the wood, leaving at its end."""
    pattern = table.get(language)
    if pattern is None:
        return None
    sentences = list(dict.fromkeys(s for s in re.split(_STOPS, " ".join(text.split()).lower()) if s.strip()))
    for i, sentence in enumerate(sentences):
        hit = re.search(pattern, sentence)
        if hit:
            # the verb closes a Japanese or Hindi sentence whatever it tells: only its place among them counts
            late = i == len(sentences) - 1 and (language not in _VERB_LAST and hit.start() > len(sentence) / 2)
            return hit.group(0) if anywhere or not late else None
    return None


def way_home(text: str, language: str, *, anywhere: bool = True) -> Match | None:
    """The road, where a scene's people are on their way home."""
    words = _found(_WAY_HOME, text, language, anywhere)
    return Match("road", (words,), 0) if words else None


def home_again(text: str, language: str, *, anywhere: bool = True, back_from: bool = True) -> Match | None:
    """The home, where a scene's people came home, or (`back_from`) came back from somewhere."""
    words = _found(_CAME_HOME, text, language, anywhere) or (back_from and _found(_BACK_FROM, text, language, anywhere))
    return Match(_AT_HOME, (words,), 0) if words else None
