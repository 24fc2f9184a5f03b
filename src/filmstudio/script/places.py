"""The settings a scene can be in. Their words in each language are in `data/words/<language>.json`
(script/word_data.py); where a setting has a pictured symbol (🏖 beach, 🏥 hospital, ⛪ church …) its names
in every CLDR language count too. The order matters: the more specific setting comes first ("hospital
corridor" before "hospital room", "haunted house" before "mansion")."""

from __future__ import annotations

from dataclasses import dataclass, field

from filmstudio.script.word_data import word_data


@dataclass(frozen=True)
class Place:
    name: str
    interior: bool | None  # None: either (a pool, a cabin, a mansion)
    phrase: str  # how a description names it
    emoji: tuple[str, ...] = field(default=())

    def words(self, language: str) -> tuple[str, ...]:
        """Our words for it in the language, the most usual first."""
        return word_data(language).places.get(self.name, ())


def _p(name: str, interior: bool | None, phrase: str, emoji: str = "") -> Place:
    return Place(name, interior, phrase, tuple(e for e in emoji.split(",") if e))


PLACES: tuple[Place, ...] = (
    # a screenplay's title sequence or credits: read from its heading alone (scenes.HEADING_ONLY), drawn dark
    _p("title_card", None, "A title card"),
    _p("lighthouse_room", True, "Inside a lighthouse"),
    _p("podcast_studio", True, "A podcast studio", "🎙️"),
    _p("hospital_corridor", True, "A hospital corridor"),
    _p("hospital_room", True, "A hospital room", "🏥"),
    _p("school_corridor", True, "A school corridor"),
    # a bare "hallway", "pasillo", "Flur", "廊下" is a home's more often than a school's
    _p("hallway", True, "A hallway"),
    _p("classroom", True, "A classroom", "🏫"),
    _p("courtroom", True, "A courtroom", "⚖️"),  # its words: not a bare "Gericht" (also a dish)
    _p("newsroom", True, "A newsroom", "📰"),
    _p("laboratory", True, "A laboratory", "🔬,🧪"),
    _p("office", True, "An office", "🏢"),
    _p("airplane_cabin", True, "An airplane cabin", "💺"),
    _p("airport", True, "An airport", "🛫,🛬"),
    _p("train", True, "A train carriage", "🚆,🚃"),
    _p("car_interior", True, "Inside a car"),
    _p("trailer", True, "Inside a trailer home"),  # its words: never a bare "caravan" (of camels as often)
    _p("garage", True, "A garage"),
    _p("workshop", True, "A craftsman's workshop"),
    # its words: a shop, a store, a boutique as such (the baker's named by its keeper is still the market)
    _p("shop", True, "A shop with a counter and shelves of goods"),
    _p("restaurant", True, "A restaurant", "🍽️,☕"),
    _p("tavern", True, "The taproom of an old inn"),  # an inn's or a tavern's: beams and a hearth, not a bar's bottles
    _p("bar", True, "A bar", "🍸,🍺"),
    _p("backstage", True, "A dressing room backstage in a theatre"),  # before the stage: the room behind it
    _p("stage", True, "A stage", "🎭"),
    _p("graveyard", False, "A churchyard with gravestones", "🪦"),  # before the church it lies around
    _p("church", True, "A church", "⛪"),
    _p("mosque", True, "A mosque", "🕌"),
    _p("temple", None, "A temple", "🛕"),
    # the rooms of a palace, a castle or a manor (script/grand_rooms.py): before the rooms of a house
    _p("great_hall", True, "The great hall of a castle"),
    _p("ballroom", True, "A ballroom"),
    _p("bedchamber", True, "A bedchamber with a canopy bed"),
    _p("bedroom", True, "A bedroom", "🛏️"),
    _p("kitchen", True, "A kitchen", "🍳"),  # its words: a coffee mill is not a mill
    _p("tool_shed", None, "A garden shed"),  # before the cabin: a shed of tools is no log cabin
    _p("patio", False, "A patio behind a house"),
    _p("haunted_house", None, "A haunted house", "🏚️"),
    _p("mansion", None, "A mansion", "🏛️"),
    _p("cabin", None, "A cabin", "🛖"),
    _p("swimming_pool", None, "A swimming pool", "🏊"),
    _p("living_room", True, "A living room", "🛋️"),
    _p("throne_room", True, "A throne room"),
    _p("cellar", True, "A cellar with barrels"),
    _p("pantry", True, "A pantry"),
    _p("prison_cell", True, "A prison cell"),  # a dungeon too: a castle's cell is where the scene is
    _p("stable", None, "A stable"),
    _p(
        "mine", True, "A mine tunnel"
    ),  # its words: the phrases that name the pit, never a bare "mine" (as often a pronoun)
    _p("cave", None, "A cave"),
    _p("mill", None, "A mill"),
    _p("ship_deck", False, "A ship's deck"),
    # its words: never one that means the sky as well (German "Himmel", Spanish "cielo") nor a bare "heaven"
    # (as often an oath: "good heavens", "for heaven's sake")
    _p("heaven", False, "Heaven, the realm of the gods above the clouds"),
    _p("palace", None, "A palace", "🏰"),
    _p("moon", False, "The surface of the Moon"),
    _p("road", False, "A country road", "🛣️"),
    _p("battlefield", False, "A battlefield", "⚔️"),
    _p("space", False, "The night sky and space", "🚀,🪐,🌌"),
    _p("campfire", False, "A campfire", "🏕️"),
    _p("swamp", False, "A swamp", "🐊"),
    _p("beach", False, "A beach", "🏖️,🏝️"),
    _p("sea", False, "The sea and coast", "🌊"),
    _p("pond", False, "A pond"),
    _p("river", False, "A river", "🏞️"),
    _p("snowfield", False, "A snowfield", "❄️,⛄"),
    _p("mountains", False, "Mountains", "🏔️,⛰️"),
    _p("desert_town", False, "A desert town", "🤠"),
    _p("desert", False, "A desert", "🏜️,🐪"),
    _p("forest", False, "A forest", "🌲"),
    _p("meadow", False, "A meadow of long grass and wild flowers"),  # before the farm: grass, no barn
    _p("farm", False, "A farm", "🚜,🌾"),
    _p("market", False, "A market", "🛒,🏪"),
    _p("garden", False, "A kitchen garden behind a cottage", "🥬"),
    _p("park", False, "A park", "🌳"),
    _p("city", False, "A city street", "🏙️,🌆"),
    _p("village", False, "A village", "🏘️"),
)
BY_NAME = {place.name: place for place in PLACES}
HEADING_ONLY = {"title_card"}  # read from a screenplay's heading alone: the action's "opening credits" is no place
INTERIOR_SETTINGS = {p.name for p in PLACES if p.interior}
OPEN = "landscape"
OPEN_PHRASE = "An open landscape"
