"""The room of a home a scene is in, by what its people do there. "At home", "in the house", घर, வீடு, ঘর, 家 name
a home, not a room of it, and are drawn as its sitting room; but people who cook at home are in its kitchen, and
people asleep at home in its bedroom. And the home of people who live in a hut ("their hut", झोपड़ी, குடிசை,
小屋), where they do nothing that names a room, is the hut, drawn as the cabin, whatever word the scene then calls
it by ("at home", घर में): never a town house's sitting room.

A room of it named or done in (its bed, its stove, a meal cooked) is that room, as in any home. Read on a scene
whose setting is the plain home (living_room); the story's home is where its people were told to live, or where
the last scene was (script/scenes.story_home and describe_scene's `home`)."""

from __future__ import annotations

import re

# cooking: a verb of cooking, or of making a meal ("prepared the soup", "खाना बनाया", "ごはんをつくり")
_COOKING = {
    "en": r"\b(?:cook|cooks|cooked|cooking|bake|baked|bakes|baking|boil|boiled|boiling|fried|frying|fry|stirred|"
    r"stirring|roasted|roasting|(?:made|making|prepared|preparing)\s+(?:the\s+|a\s+|some\s+)?(?:\w+\s+)?"
    r"(?:supper|dinner|breakfast|lunch|soup|porridge|stew|meal|bread|pancakes))\b",
    "es": r"(?<!\w)(?:cocin\w+|guis\w+|hirvi\w+|fri\w+|horne\w+|prepar\w+\s+(?:la|el|una|un)\s+(?:cena|comida|sopa|"
    r"desayuno|almuerzo|pan))(?!\w)",
    "pt": r"(?<!\w)(?:cozinh\w+|cozeu|cozia|assou|assava|fritou|fritava|prepar\w+\s+(?:a|o|uma|um)\s+(?:janta|jantar|"
    r"comida|sopa|almoço|pão))(?!\w)",
    "it": r"(?<!\w)(?:cucin\w+|cuoc\w+|cosse|cuoceva|cuocere|fris\w+|friggeva|prepar\w+\s+(?:la|il|una|un)\s+"
    r"(?:cena|minestra|zuppa|pranzo|polenta|pane))(?!\w)",
    "fr": r"(?<!\w)(?:cuisin\w+|cuis\w+|cuit|cuisait|mijot\w+|fit\s+cuire|faisait\s+cuire|prépar\w+\s+(?:la|le|les|"
    r"un|une|du|de\s+la)\s+(?:soupe|repas|dîner|souper|déjeuner|pain|bouillie))(?!\w)",
    "de": r"(?<!\w)(?:koch\w*|kocht\w*|gekocht|buk|backte\w*|gebacken|briet\w*|gebraten|rührte\s+(?:\w+\s+)?(?:suppe|"
    r"brei))(?!\w)",
    "ru": r"(?<!\w)(?:варил\w*|сварил\w*|готовил\w*|приготовил\w*|жарил\w*|пекл\w*|испекл\w*|испёк|пёк)(?!\w)",
    "hi": r"(?<!\S)(?:पका\S*|(?:खाना|रोटी|रोटियाँ|भोजन|चावल|दाल|खीर)\s+बना\S*)",
    "mr": r"(?<!\S)(?:शिजव\S*|(?:जेवण|स्वयंपाक|भाकरी)\s+(?:केल\S*|बनव\S*))",
    "ta": r"(?:சமை\S*|சமையல்)",
    "bn": r"(?:রান্না|রাঁধ\S*)",
    "ja": r"(?:(?:ごはん|ご飯|りょうり|料理|しょくじ|食事|おかゆ|みそしる|もち)を(?:つく|作|し|こしら|たき|炊)|りょうりし|料理し|"
    r"にました|煮|炊|やきました|焼きました)",
    "zh": r"(?:做饭|做菜|煮|烧饭|炒菜|蒸|烙饼|做了一顿|准备晚饭|做晚饭|做早饭)",
}
# sleeping, or lying awake in bed ("lay awake", "went to bed", "सो गए", "ねむりました", "睡觉")
_SLEEPING = {
    "en": r"\b(?:sleep|sleeps|slept|sleeping|asleep|lay\s+awake|went\s+to\s+bed|gone\s+to\s+bed|in\s+(?:his|her|their|"
    r"my|the)\s+beds?|under\s+the\s+(?:blanket|quilt|covers))\b",
    "es": r"(?<!\w)(?:dorm\w+|durmi\w+|se\s+acost\w+|en\s+(?:la|su)\s+cama)(?!\w)",
    "pt": r"(?<!\w)(?:dorm\w+|adormec\w+|se\s+deit\w+|deitou-se|deitaram-se|na\s+cama)(?!\w)",
    "it": r"(?<!\w)(?:dorm\w+|addorment\w+|a\s+letto|nel\s+letto|si\s+coric\w+)(?!\w)",
    "fr": r"(?<!\w)(?:dorm\w+|endorm\w+|s'endormi\w*|se\s+couch\w+|au\s+lit|dans\s+(?:son|leur|le)\s+lit)(?!\w)",
    "de": r"(?<!\w)(?:schlief\w*|schlaf\w*|eingeschlafen|ins\s+bett|zu\s+bett|im\s+bett)(?!\w)",
    "ru": r"(?<!\w)(?:спал\w*|спят|спит|уснул\w*|заснул\w*|легл\w+\s+спать|лёг\s+спать|лег\s+спать)(?!\w)",
    "hi": r"(?<!\S)(?:सो\s+(?:गए|गई|गया|गयी|रहे|रही|रहा|जाते|जाती|जाता)|सोए|सोई|सोया|सोने|सोते|सोती)(?![^\s।,.!?])",
    "mr": r"(?<!\S)(?:झोपल\S*|झोपी\s+गेल\S*|झोपत\S*)",
    "ta": r"(?:தூங்\S*|உறங்\S*)",
    "bn": r"(?:ঘুম\S*|ঘুমো\S*|ঘুমি\S*)",
    "ja": r"(?:ねむり|ねむっ|眠り|眠っ|ねました|寝ました|寝て|ねて|ねむ|ふとん|布団)",
    "zh": r"(?:睡觉|睡着|睡了|入睡|睡在|躺在床|上床)",
}
_HOME = "living_room"
_HUT = "cabin"
_MANSION = "mansion"


# the words that name the sitting room itself, or what stands only there ("fell asleep on the sofa in the
# parlour"): the scene is in that room, whatever is done
_THE_ROOM_ITSELF = re.compile(
    r"(?<!\w)(?:living\s+room|sitting\s+room|parlou?r|lounge|salon|salón|wohnzimmer|\w*stube|soggiorno|salotto|"
    r"sala|гостин\w*|горниц\w*|sofa|sofá|couch|divano|canapé|диван\w*)(?!\w)|बैठक|सोफ़ा|सोफा|居間|客厅|リビング|ソファ|沙发"
)


def room_by_what_is_done(setting: str, words: list[str], text: str, language: str, home: str | None) -> str:
    """The setting drawn for a scene at home (`words`: those that chose it): the kitchen where its people cook,
    the bedroom where they sleep, else the hut where they live in one, else the setting as read."""
    if setting != _HOME or any(_THE_ROOM_ITSELF.search(w.lower()) for w in words):
        return setting
    low = text.lower()
    if not _THE_ROOM_ITSELF.search(low):
        if _said(_COOKING, low, language):
            return "kitchen"
        if _said(_SLEEPING, low, language):
            return "bedroom"
    # "at home" in a hut is in the hut; a rich family's house, their mansion
    return home if home in (_HUT, _MANSION) else setting


def done_inside(text: str, language: str) -> bool | None:
    """True where a scene's people cook or sleep (in a hut, a mill: seen from inside), None where it does not say."""
    low = text.lower()
    return True if _said(_COOKING, low, language) or _said(_SLEEPING, low, language) else None


def _said(table: dict[str, str], low: str, language: str) -> bool:
    pattern = table.get(language)
    return bool(pattern and re.search(pattern, low))
