"""The Storyboard: the one document every pipeline stage reads and extends.

Times are in seconds. A line's `start`/`end` are positions in the film; its `words` are positions
inside the line's own audio clip (add the line's `start` for film time).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

STORYBOARD_VERSION = 1

Age = Literal["child", "young_adult", "middle_aged", "elderly"]
Gender = Literal["male", "female", "neutral"]
TimeOfDay = Literal["dawn", "day", "sunset", "night"]
ShotKind = Literal["establishing", "wide", "closeup", "over_shoulder", "insert"]
PropRole = Literal["held", "carried", "ridden", "boat", "given", "near", "seat"]
CrowdKind = Literal["people", "children", "women", "men", "soldiers", "animals"]
HEX = r"^#[0-9a-fA-F]{6}$"


class VoiceChoice(BaseModel):
    engine: str
    voice: str
    language: str
    pitch: float = 1.0  # multiplier on the voice's natural pitch
    rate: float = 1.0  # multiplier on the voice's natural speed
    reason: str = ""


class Look(BaseModel):
    """How a character is drawn: the rig's parts and palette. Chosen once per film, so the character
    looks the same in every shot; a person can edit it in the storyboard."""

    presents: Gender = "neutral"  # drawn as: the written gender, or for "neutral" the cast voice's
    skin: str = Field(default="#c68c5a", pattern=HEX)  # hex colours
    hair_style: str = "short"  # short, crop, bob, long, bun, braid, bald, curly
    hair_color: str = Field(default="#2b1d14", pattern=HEX)
    eye_color: str = Field(default="#3b2a1e", pattern=HEX)
    attire: str = "shirt"  # saree, kurta, suit, hoodie, robe, shirt, dress, sweater, jacket
    attire_color: str = Field(default="#3f6fb0", pattern=HEX)
    accent_color: str = Field(default="#e0b040", pattern=HEX)
    beard: bool = False
    glasses: bool = False
    build: float = 1.0  # shoulder width factor
    head_scale: float = 1.0  # children have larger heads for their bodies
    headwear: str = ""  # "crown" (a ruler), "circlet" (a ruler's child) or "": animation/royal.py
    # what the text says they wear and are (script/appearance.py), drawn by animation/garments.py
    outer: str = ""  # over the attire: cloak, coat, apron, shawl, or ""
    outer_color: str = Field(default="#6b4a2e", pattern=HEX)
    hat: str = ""  # cap, hat, hood, kerchief, or ""
    hat_color: str = Field(default="#4a3a2a", pattern=HEX)
    scarf_color: str | None = Field(default=None, pattern=HEX)
    moustache: bool = False
    barefoot: bool = False
    ragged: bool = False  # in rags: patched, torn hems, faded cloth
    stick: bool = False  # a walking stick: an old person's
    height: float = 1.0  # body length factor: tall > 1, short < 1


class Character(BaseModel):
    id: str
    name: str
    gender: Gender = "neutral"
    age: Age = "young_adult"
    language: str = "en"
    style: str = "conversational"  # narrator, conversational, dramatic, cheerful, serious
    description: str = ""
    gender_words: list[str] = Field(default_factory=list)  # the words in the script that decided it
    age_words: list[str] = Field(default_factory=list)
    voice_preference: str | None = None  # "engine:voice" chosen by a person; casting honours it
    voice: VoiceChoice | None = None
    look: Look | None = None
    on_screen: bool | None = None  # None: everyone but the narrator is drawn when they speak
    animal: str | None = None  # an animal that acts (a fable's fox): drawn as that thing's key
    crowd: CrowdKind | None = None  # a group that acts as one ("the woodcutters"): drawn as a small crowd
    readings: dict[str, str] = Field(default_factory=dict)  # field -> who read it: "llm" (else the rules)
    # Look fields the text states of them anywhere ("in a red cloak", "a tall man", "barefoot"), laid over
    # the chosen look (script/appearance.py), and the words that stated them
    stated: dict[str, str | float | bool] = Field(default_factory=dict)
    stated_words: list[str] = Field(default_factory=list)
    # what they take off ("she took off her cloak"): Look field -> the scene it is taken off in; drawn
    # without it in the scenes after (animation/stated_looks.py)
    taken_off: dict[str, str] = Field(default_factory=dict)
    # what they put on ("she put on a red cloak"): Look field -> the scene it is put on in; drawn without it
    # in the scenes before (animation/stated_looks.py)
    put_on: dict[str, str] = Field(default_factory=dict)

    @property
    def drawn(self) -> bool:
        return self.on_screen if self.on_screen is not None else self.style != "narrator"


class Word(BaseModel):
    text: str
    start: float
    end: float


class Viseme(BaseModel):
    """One mouth shape over a span of a line's clip, and how open the mouth is at its peak (0..1)."""

    start: float
    end: float
    shape: str  # rest, MBP, FV, L, etc, E, AI, O, U, WQ
    open: float


class Line(BaseModel):
    id: str
    character_id: str
    text: str
    language: str = "en"
    parenthetical: str = ""
    chant: bool = False
    audio: str | None = None  # path of the synthesised clip (48 kHz mono WAV)
    audio_duration: float | None = None
    words: list[Word] = Field(default_factory=list)
    phonemes: list[Word] = Field(default_factory=list)  # the engine's phoneme timings, like words
    visemes: list[Viseme] = Field(default_factory=list)  # the lip-sync track, relative to the clip
    face_video: str | None = None  # the speaker's painted face, talking: frames (.npy) at the film's fps
    start: float | None = None
    end: float | None = None


class Shot(BaseModel):
    id: str
    kind: ShotKind = "wide"
    line_ids: list[str] = Field(default_factory=list)
    subject: str | None = None  # the character the shot is on (the speaker)
    actors: list[str] = Field(default_factory=list)  # characters in frame, left to right
    shows: list[str] = Field(default_factory=list)  # what the shot shows: characters and things
    start: float | None = None
    end: float | None = None
    moment: str | None = None  # the moment the shot stages (a narrated or action sentence acted out)
    # the shot's people as that moment left them (sitting where they sat), saying their lines: not it acted again
    held: bool = False


class Thing(BaseModel):
    """A drawable thing a scene names: its English key and the words in the script that named it."""

    key: str
    words: list[str] = Field(default_factory=list)
    box: tuple[float, float, float, float] | None = None  # where the picture shows it (shares of the frame)
    colour: str | None = None  # the colour the script gives it (script/colours.py), drawn so
    staged: bool = False  # drawn with the people who hold, ride or row it, not painted into the still
    said: bool = False  # named only in what someone says ("stronger than a lion"): not painted either


class Prop(BaseModel):
    """A thing a moment's people act with: held in a hand, carried on the head or back, ridden, rowed,
    given from one to another; or sat on (a "seat": a bench, a rock, a log, or the "ground" itself)."""

    key: str
    role: PropRole = "near"
    holder: str | None = None  # the character who holds, carries, rides or rows it
    to: str | None = None  # who it is given to
    words: list[str] = Field(default_factory=list)
    count: int | None = Field(default=None, ge=1)  # how many of it the text names ("three cups")
    stacked: bool = False  # piled one upon another ("a stack of books", "mattresses piled up")


class Extra(BaseModel):
    """A group the text names ("the villagers", "a troop of girls", "three soldiers", "a flock of sheep"):
    a small crowd without voices."""

    kind: CrowdKind = "people"
    words: list[str] = Field(default_factory=list)
    verb: str = "stand"  # what the group does: the sentence's verb when the group is its subject
    count: int | None = Field(default=None, ge=1)  # how many the text says (drawn up to a frame's room)
    animal: str | None = None  # for a group of animals: the animal's thing key


class Moment(BaseModel):
    """One sentence of narration or action, as it is staged: who does what, where, with what, and how
    they feel, with the words that decided each (an empty list: the rules kept what came before)."""

    id: str
    text: str
    line_id: str | None = None  # the narrated line it stages, or
    action: int | None = None  # the scene's action line it stages
    who: list[str] = Field(default_factory=list)  # characters, the subject first
    who_words: list[str] = Field(default_factory=list)
    verb: str = "stand"  # a verb class: walk, run, sit, ride, carry, row, ... (script/staging.py)
    verb_words: list[str] = Field(default_factory=list)
    # what another of `who` does where a clause of their own says it ("…, and Lena sat"): id -> verb class
    acts: dict[str, str] = Field(default_factory=dict)
    # one touching another (script/touching.py): the contact's class (hug, hit, push, pat, hand, help_up)
    # and the one touched, who is in `who` after the doer
    touch: str | None = None
    touched: str | None = None
    # a being the doer acts on (script/done_to.py): the relation (drag, chase, lead, feed, catch, carry, follow,
    # guard) and the one of the cast it is, in `who` after the doer; an animal named only there is a prop
    # "near" held by nobody
    acts_on: str | None = None
    acted_on: str | None = None
    place: str | None = None  # a setting the sentence moves its people to
    place_words: list[str] = Field(default_factory=list)
    setting: str | None = None  # where the sentence happens: the setting of the scene (part) it is staged in
    props: list[Prop] = Field(default_factory=list)
    expression: str | None = None  # smile, laugh, cry, anger, fear, surprise, sleep, sad, happy
    expression_words: list[str] = Field(default_factory=list)
    time_of_day: TimeOfDay | None = None  # a change of light the words make here
    weather: str | None = None  # a change of weather the words make here
    change_words: list[str] = Field(default_factory=list)
    extras: list[Extra] = Field(default_factory=list)
    # a moral, a proverb, the narrator's comment: the story's people at rest, seen wide (script/morals.py)
    general: bool = False
    # who is sitting, lying or kneeling once the sentence is done (id -> sit, lie, kneel), those an earlier
    # sentence put so included, until one says they get up (script/postures.py): drawn so in what follows
    postures: dict[str, str] = Field(default_factory=dict)
    start: float | None = None
    end: float | None = None


class Scene(BaseModel):
    id: str
    heading: str = ""
    setting: str = "landscape"
    setting_words: list[str] = Field(default_factory=list)  # the words that chose the setting
    interior: bool = False
    time_of_day: TimeOfDay = "day"
    weather: str = "clear"
    mood: str = "calm"
    description: str = ""
    action: list[str] = Field(default_factory=list)
    # for each action paragraph, the id of the line it comes before (None: after the last line); empty where
    # that is not known (an older storyboard) or the action is the narration itself (prose)
    action_before: list[str | None] = Field(default_factory=list)
    things: list[Thing] = Field(default_factory=list)
    people: list[str] = Field(default_factory=list)  # characters present, speaking or silent
    lines: list[Line] = Field(default_factory=list)
    shots: list[Shot] = Field(default_factory=list)
    moments: list[Moment] = Field(default_factory=list)  # how each sentence is staged (script/staging.py)
    cast: list[str] = Field(default_factory=list)  # characters drawn in the scene, left to right
    image: str | None = None
    backdrop: str | None = None  # the far layer (sky) with the land's coverage as alpha, for parallax
    # where the picture shows each person's face (shares of the frame), when the image engine painted the
    # people itself: the film then shows the picture with them in it, their faces lip-synced
    faces: dict[str, tuple[float, float, float, float]] = Field(default_factory=dict)
    start: float | None = None
    end: float | None = None
    readings: dict[str, str] = Field(default_factory=dict)  # field -> who read it: "llm" (else the rules)

    def action_seen_over(self, index: int) -> str | None:
        """The line an action paragraph written among the lines is seen over: the one it comes before, else
        (after them all) the last; None where the scene has no lines or the paragraph's place is not known."""
        if not self.lines or len(self.action_before) != len(self.action) or not 0 <= index < len(self.action):
            return None
        before = self.action_before[index] or self.lines[-1].id
        return before if any(line.id == before for line in self.lines) else None


class Music(BaseModel):
    genre: str | None = None
    path: str | None = None  # a prepared music bed (any format ffmpeg reads)
    gain_db: float = -6.0
    raga: str | None = None
    tala: str | None = None
    tempo: int | None = None
    reason: str = ""  # why this style was chosen
    midi: str | None = None
    speech_to_background_db: float | None = None  # measured in the mix while someone speaks


class Effect(BaseModel):
    name: str  # waves, wind, rain, birds, crowd, bells, footsteps, door
    start: float
    end: float
    cue: str  # the words that called for it
    gain_db: float = -20.0
    path: str | None = None


class Storyboard(BaseModel):
    version: int = STORYBOARD_VERSION
    title: str = "Untitled"
    language: str = "en"
    style: str = "cinematic"
    seed: int = 0
    target_duration: float | None = None
    characters: list[Character] = Field(default_factory=list)
    scenes: list[Scene] = Field(default_factory=list)
    music: Music | None = None
    effects: list[Effect] = Field(default_factory=list)
    duration: float | None = None
    analysis: dict[str, str] = Field(default_factory=dict)  # how the script was read: the model, or why not

    def character(self, character_id: str) -> Character:
        for c in self.characters:
            if c.id == character_id:
                return c
        raise KeyError(character_id)

    def lines(self) -> list[Line]:
        return [line for scene in self.scenes for line in scene.lines]

    def word_count(self) -> int:
        return sum(len(line.text.split()) for line in self.lines())
