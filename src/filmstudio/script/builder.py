"""Collects parsed scenes, lines and action, then turns them into a Storyboard with characters."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

import filmstudio.script.vocabulary as vocabulary
from filmstudio.animation.shots import plan_shots
from filmstudio.languages import LANGUAGES, detect_language, dominant_script, is_spaceless, looks_like_sanskrit
from filmstudio.script.absent import not_there
from filmstudio.script.agreement import SPEAKERS_AGREE, only_from_the_name, speaker_gender
from filmstudio.script.asian_teller import cast_asian_teller
from filmstudio.script.beings import DETERMINERS, KIN
from filmstudio.script.cast_things import things_not_cast
from filmstudio.script.closed_words import closed_name
from filmstudio.script.collective_crowds import cast_collective_crowds
from filmstudio.script.compounds import shortened_speakers
from filmstudio.script.counted_beings import (
    cast_counted_groups_chinese,
    cast_counted_groups_hindi,
    mark_counted_groups,
)
from filmstudio.script.creature_nouns import sky_beings_drawn
from filmstudio.script.deixis import pointed_things
from filmstudio.script.described import described_speakers, description_traits, the_named_one
from filmstudio.script.first_person import first_person_word
from filmstudio.script.genitive_groups import cast_genitive_groups
from filmstudio.script.groups import cast_groups
from filmstudio.script.indic_characters import cast_indic_characters
from filmstudio.script.indic_generic import drop_generic_and_verbs
from filmstudio.script.indic_names import cast_indic_names
from filmstudio.script.kinds_told_apart import cast_kinds_told_apart
from filmstudio.script.lemmas import lemma_of
from filmstudio.script.living_things import things_that_act
from filmstudio.script.makes import makes_in
from filmstudio.script.mentions import (
    Mention,
    MentionedCharacter,
    _called_on,
    characters_mentioned,
    met_as_newcomer,
    said_to_be,
)
from filmstudio.script.mixed_groups import join_mixed_groups
from filmstudio.script.named_things import names_no_things
from filmstudio.script.once_named import once_named_subjects
from filmstudio.script.ordinary_words import an_ordinary_word
from filmstudio.script.pairs import cast_ones_of_pairs
from filmstudio.script.partitives import cast_partitives
from filmstudio.script.people import (
    addressed_as,
    apposed_beings,
    apposed_names,
    infer_traits,
    introduced_in_action,
    listed_names,
    mentions_of,
    name_tokens,
    named_in_narration,
    recurring_names,
    speaker_gender_hindi,
)
from filmstudio.script.people_as_places import named_places_of_people, without_people_as_places
from filmstudio.script.pet_names import pet_name_animal
from filmstudio.script.plain_names import (
    a_place_not_a_person,
    an_opening_word_not_a_name,
    apply_kin_traits,
    kin_traits,
    plain_names,
)
from filmstudio.script.roles import ADDRESS_FORMS, HONORIFICS, PRONOUNS
from filmstudio.script.scenes import HOMES, describe_scene, heading_place, story_home, unnamed_place
from filmstudio.script.second_names import merge_second_names
from filmstudio.script.speaker_names import speaking_names
from filmstudio.script.tale_homes import house_of_station
from filmstudio.script.tamil_subjects import cast_tamil_subjects
from filmstudio.script.teller import cast_teller
from filmstudio.script.thing_nouns import contents_not_vessels
from filmstudio.script.those_who import cast_groups_by_what_they_do
from filmstudio.script.work_places import trades_of_people
from filmstudio.storyboard import Character, Line, Scene, Storyboard, Thing

NARRATOR = "NARRATOR"


@dataclass
class _RawLine:
    speaker: str
    text: str
    parenthetical: str = ""


@dataclass
class _RawScene:
    heading: str = ""
    action: list[str] = field(default_factory=list)
    lines: list[_RawLine] = field(default_factory=list)
    action_at: list[int] = field(default_factory=list)  # for each action paragraph, the lines said before it


def character_id(name: str) -> str:
    """A stable id from a name, in any script: 'Mrs. Alvarez' -> 'mrs_alvarez', 'मीरा' -> 'मीरा'."""
    kept = "".join(ch if unicodedata.category(ch)[0] in "LMN" else " " for ch in name.strip().lower())
    return "_".join(kept.split()) or "speaker"


def clean_speaker(name: str) -> str:
    """'MAYA (V.O.)' -> 'MAYA'; 'MAYA (V.O.)(CONT'D)' -> 'MAYA'; '@McCLANE' -> 'McCLANE'; 'RAVI ^' -> 'RAVI'."""
    name = re.sub(r"\s*\([^)]*\)", "", name.strip().rstrip("^"))
    return name.lstrip("@").strip().strip(":").strip()


class StoryboardBuilder:
    def __init__(self, *, title: str, language: str | None) -> None:
        self.title = title
        self.language = language
        self.scenes: list[_RawScene] = []
        self.bylines: list[str] = []  # who wrote or translated the text: never cast
        self.source_text = ""  # the prose as written, lines kept
        self.speaker_keys: set[str] = set()  # the mentions quotes were attributed to ("fox", "panadero")
        # a speaker's cue -> the words attributions called it by instead ("坊やは言いました" of the child fox)
        self.called: dict[str, list[str]] = {}

    @staticmethod
    def proper_names(text: str, language: str) -> set[str]:
        """The names a story uses for its people, as written ("Meera", "Pablo")."""
        common = _common_words(text, language)
        names = (
            set(named_in_narration(text, language))
            | set(recurring_names(text, language, not_names=common))
            | set(once_named_subjects(text, language, not_names=common))
            | set(plain_names(text, language, not_names=common))
            | set(speaking_names(text, language))
        )
        return {name for name in names if not an_ordinary_word(name, text, language)}  # "Weary", "起来"

    def scene(self, heading: str = "") -> None:
        if self.scenes and not self.scenes[-1].lines and not self.scenes[-1].action:
            self.scenes[-1].heading = heading or self.scenes[-1].heading
            return
        self.scenes.append(_RawScene(heading=heading))

    def _current(self) -> _RawScene:
        if not self.scenes:
            self.scenes.append(_RawScene())
        return self.scenes[-1]

    def action(self, text: str) -> None:
        if text.strip():
            scene = self._current()
            scene.action.append(text.strip())
            scene.action_at.append(len(scene.lines))

    def line(self, speaker: str, text: str, parenthetical: str = "") -> None:
        text = " ".join(text.split())
        if text:
            self._current().lines.append(_RawLine(clean_speaker(speaker) or NARRATOR, text, parenthetical))

    def _mentioned(
        self,
        characters: dict[str, Character],
        told: str,
        language: str,
        outside: str | None = None,
        apposed: dict[str, str] | None = None,
        merged: set[str] | frozenset[str] = frozenset(),
    ) -> None:
        """Characters the story names by what they are ("the Fox", "la panadera"): those quoted speak
        under the id their key gave them; the others join silent. Their role word gives gender and age
        where nothing nearer does, and an animal is drawn as itself."""
        is_said_to_be = said_to_be(told, language)
        mentioned = characters_mentioned(told, language, speakers=self.speaker_keys)
        # one said to be another is met after that other is cast ("the boy was the Prince")
        for mc in sorted(mentioned, key=lambda mc: mc.mentions[0].key in is_said_to_be):
            if mc.mentions[0].key in merged:
                continue  # a description of someone already speaking
            cid = character_id(mc.name)
            character = characters.get(cid)
            named = (apposed or {}).get(mc.mentions[0].key)
            if character is None and named is not None:  # "Tom, the traveller": the traveller is Tom
                cid = character_id(named)
                character = characters.get(cid)
                if character is None:
                    character = characters[cid] = _character(cid, named, [], told, language, speaks=False)
            said = is_said_to_be.get(mc.mentions[0].key)
            if character is None and said is not None and character_id(said) in characters:
                character = characters[character_id(said)]  # "the boy was the Prince": he is
            if character is None:
                if any(name_key(mc.name) == name_key(c.name) for c in characters.values()):
                    continue
                character = _described_title(mc, characters, language)  # "el viejo Corregidor": el Corregidor
            if character is None:
                fuller = _fuller_name(mc, characters)
                if fuller is not None:  # "the Tall Giraffe" once, "the Giraffe" after: one being
                    character = fuller
                    if not character.gender_words:  # what is told of "the Rhinoceros" is told of it
                        shorter = _character(cid, mc.name, [], told, language, speaks=False)
                        character.gender, character.gender_words = shorter.gender, shorter.gender_words
            if character is None and mc.kind == "person" and mc.age and len(mc.name.split()) > 1 and _generic(mc):
                same = _the_one_described(mc, [*characters.values()], [m for m in mentioned if m is not mc])
                if same is not None:  # "a very old man" … "the old grandfather": one person, told twice
                    if isinstance(same, Character):
                        character = same
                    else:
                        continue  # that one is cast under its own name
            if character is None:
                if _named_next(mc, characters, told):
                    continue  # "Once there was a shepherd. Every day Pablo ...": the shepherd is Pablo
                if _title_of_a_name(mc, characters, told):
                    continue  # "মা-গৌতমী", "रानी पद्मिनी": the title of someone named, not another person
                character = _titled_elsewhere(mc, characters, told)  # "Doctor, will I live?" of Doctor Brown
            if character is None:
                if the_named_one(mc.name, characters.values(), told, language, before=mc.mentions[0].start):
                    continue  # "the boy laughed" of Jonas, the one boy named before: no second boy
                child = _the_child(mc, characters, self.speaker_keys)
                if any(met_as_newcomer(told, m.start, language) for m in mc.mentions):
                    child = None  # "a girl from the next farm came": another child, not the one named
                if child is not None:  # "the cub ... her boy's paws": the one child, called by a word for a boy
                    if mc.gender and child.gender == "neutral":
                        child.gender, child.gender_words = mc.gender, [mc.name]  # type: ignore[assignment]
                    continue
                if outside is not None and self._only_talked_about(mc, outside, language, told):
                    continue  # "your Father had an accident there": only talked about
                name = mc.name[:1].upper() + mc.name[1:]
                character = characters[cid] = _character(cid, name, [], told, language, speaks=False)
            elif character.name.islower() and not mc.name.islower():
                character.name = mc.name  # a speaker known by its key ("mrs. fox") takes its name as written
            # the word that names it (its role, or the article a fable gives its animal: "le loup") says
            # more than a pronoun near it, which may be anyone's ("elle" for the girl beside the wolf)
            if mc.gender and (not character.gender_words or _only_pronouns(character.gender_words)):
                character.gender, character.gender_words = mc.gender, [mc.name]  # type: ignore[assignment]
            if mc.age and not character.age_words:
                character.age, character.age_words = mc.age, [mc.name]  # type: ignore[assignment]
            if mc.kind == "animal":  # drawn as the animal it is (a thing in the picture), heard when it speaks
                character.animal, character.on_screen = mc.animal, False

    def _only_talked_about(self, mc: MentionedCharacter, outside: str, language: str, told: str = "") -> bool:
        """Neither speaking nor named in the narration (`outside`: the text without its quotes), by its name
        or as `told` writes it (うさぎ, the word MeCab reads as 兎)."""
        speaks = bool({m.key for m in mc.mentions} & self.speaker_keys)
        written = [told[m.start : m.end] for m in mc.mentions if told]
        names = [*(m.name for m in mc.mentions), *written]
        return not speaks and not any(_named_outside_quotes(name, outside, language) for name in names if name)

    def build(self) -> Storyboard:
        # a scene with action and nobody speaking is still a scene: it is shown, held for its action
        scenes = [s for s in self.scenes if s.lines or any(a != s.heading for a in s.action)]
        texts = [ln.text for s in scenes for ln in s.lines]
        language = self.language or film_language(texts, [a for s in self.scenes for a in s.action])
        context = "\n".join(a for s in self.scenes for a in s.action)
        _closed_speakers_narrate(scenes, self.source_text or "\n".join(texts), language)
        narration = "\n".join(ln.text for s in scenes for ln in s.lines if ln.speaker == NARRATOR)
        identity = _identities([ln.speaker for s in scenes for ln in s.lines])
        # "Tom, the traveller, ...": the traveller who speaks is Tom, and is called so
        apposed = apposed_names(self.source_text or f"{context}\n{narration}", language)
        alias = {sp: apposed[k] for sp in identity if (k := _apposed_key(sp, apposed, language))}
        alias.update(_blamed_speakers(identity, self.source_text or f"{context}\n{narration}", language))
        # "said Doctor" where the story writes "Doctor Brown": the speaker is Brown
        alias.update(_titled_speakers(identity, alias, self.source_text or f"{context}\n{narration}", language))
        if self.source_text:  # a screenplay's YOUNG ANNA is a cue of her own, not ANNA
            alias.update(_aged_speakers(identity, alias, language))
        identity.update({sp: character_id(name) for sp, name in alias.items()})
        characters: dict[str, Character] = {}
        for raw in scenes:
            for line in raw.lines:
                cid = identity[line.speaker]
                if cid in characters:
                    continue
                parens = [ln.parenthetical for s in scenes for ln in s.lines if identity[ln.speaker] == cid]
                name = alias.get(line.speaker, line.speaker)
                characters[cid] = _character(cid, name, parens, f"{context}\n{narration}", language)
        # "-contestó la costurera": in a dialogue, a description that speaks is one of those talking
        epithets = _epithet_speakers(scenes, identity, characters, self.speaker_keys, language)
        for speaker, cid in epithets.items():
            characters.pop(identity[speaker], None)
            identity[speaker] = cid
        merged_keys = {k for sp in epithets for k in (sp.lower(), lemma_of(sp.lower(), language))}
        # "—respondió la Molinera" of Rosa: a word the reading found to be one who speaks by a name is no one new
        merged_keys |= {w.lower() for cue, words in self.called.items() if cue in identity for w in words}
        _called_by(characters, identity, self.called, language)
        spoken_names = {name_key(n) for n in identity}
        told = f"{context}\n{narration}" if narration else ""
        common = _common_words(told, language)
        source = self.source_text or told  # as written: verse keeps its lines (a capital opens each)
        listed = listed_names(source, language)
        found = [
            *introduced_in_action(context, language),
            *(name for name, _ in listed),
            *named_in_narration(f"{context}\n{narration}", language),
            *recurring_names(source, language, not_names=common),
            *once_named_subjects(source, language, not_names=common),  # "Ines, Bram and Tove walked"
            *plain_names(source, language, not_names=common),  # "Giulia abitava", "sus hijos Inés y Rodrigo"
        ]
        bylines = " ".join(self.bylines).lower()
        quoting = narration and any(ln.speaker != NARRATOR for s in scenes for ln in s.lines)
        made = makes_in(f"{context}\n{narration}")
        for name in dict.fromkeys(found):
            cid = character_id(name)
            if name_key(name) in spoken_names or cid in characters or cid == "narrator":
                continue
            if a_place_not_a_person(name, source, language):
                continue  # "Madrid dormía bajo la nieve": a city, not someone
            if an_opening_word_not_a_name(name, source, language):
                continue  # "Silence filled the hall", "Ensuite vint l'hiver": a word, not someone
            if name.lower() in made:
                continue  # "su viejo Chevrolet": a car by its make (script/makes.py), no old man
            if name.split()[-1].lower() in ADDRESS_FORMS:
                continue  # "Su Señoría": the one addressed, by the form of address
            if closed_name(name, source, language):
                continue  # "Were" opening a verse line, "है" before a verb: a word, no name
            if first_person_word(name, language):
                continue  # "Ich ging …", "Nous rentrâmes": a pronoun opening sentences, no name
            if an_ordinary_word(name, source, language):
                continue  # "Weary" opening verse lines, "Geld hatte er wenig": a word its capital disguised
            if _role_of_another(name, found, characters, source, language):
                continue  # "Doctor, will I live?" said to Doctor Brown; "Niño, ven" to the one child
            if quoting and not _named_outside_quotes(name, narration if self.source_text else told, language):
                continue  # only talked about ("¿Y Pedro? ¿Ya comió?"): someone absent from the story
            if re.search(r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)", bylines):
                continue  # the author or the translator
            if len(name_key(name)) > 1 and (name_key(name)[-1],) in spoken_names:
                continue  # "DICK STEEL" introduced, "STEEL" speaking: one person
            characters[cid] = _character(cid, name, [], f"{context}\n{narration}", language, speaks=False)
        # "said the boy" of Jonas, the one boy named before: the description's lines are Jonas's (in prose: a
        # screenplay's cue is a name of its own, and its BOY is someone else)
        prose_speakers = described_speakers(identity, characters, source, language) if self.source_text else {}
        for speaker, cid in prose_speakers.items():
            characters.pop(identity[speaker], None)
            identity[speaker] = cid
            merged_keys |= {speaker.lower(), lemma_of(speaker.lower(), language)}
        for name, age in listed:  # "four little Rabbits, and their names were ...": each is little
            character = characters.get(character_id(name))
            if character is not None and age and not character.age_words:
                character.age, character.age_words = age, [f"{name}, one of those named together"]  # type: ignore[assignment]
        apply_kin_traits(characters, kin_traits(source, language), character_id)  # "ses filles, Jeanne et Marie"
        self._mentioned(
            characters,
            self.source_text or f"{context}\n{narration}",
            language,
            outside=narration if self.source_text and quoting else None,
            apposed=apposed,
            merged=merged_keys,
        )
        # "der Steinbock … »Komm her!« rief der Bock": the compound's head said alone is the compound
        names = {cid: c.name for cid, c in characters.items() if cid != "narrator" and c.crowd is None}
        for speaker, cid in shortened_speakers(identity, names, language).items():
            characters.pop(identity[speaker], None)
            identity[speaker] = cid
        told_all = self.source_text or f"{context}\n{narration}"
        every_word = "\n".join([told_all, *(rl.text for raw in scenes for rl in raw.lines)])
        _named_animals(characters, language, told_all, apposed_beings(told_all, language))
        sky_beings_drawn(characters.values(), told_all, language)  # "the North Wind said": drawn as the wind's face
        _named_with_its_kind(characters, identity, self.source_text or f"{context}\n{narration}", language)
        _animal_kin(characters, language, self.source_text or f"{context}\n{narration}")
        _parent_by_title(characters, identity, language, self.source_text or f"{context}\n{narration}")
        _one_animal_by_two_words(characters, identity, language)
        _named_with_a_hyphened_person(characters, identity, language)
        _young_called_children(characters, identity, language, self.source_text or f"{context}\n{narration}")
        # "the woodcutters heard her cry", "все посетители смеялись": a group that acts is one character
        cast_groups(characters, language, self.source_text or f"{context}\n{narration}", character_id)
        # "the women and children ran out": one group of both
        join_mixed_groups(characters, identity, language, self.source_text or f"{context}\n{narration}", character_id)
        # "the crowd cheered", "la foule cria": a collective of people alone
        cast_collective_crowds(characters, language, self.source_text or f"{context}\n{narration}", character_id)
        # "one of the sailors said", "l'une d'elles répondit": one member who acts alone
        cast_partitives(characters, language, self.source_text or f"{context}\n{narration}", character_id)
        # "two brothers … the elder said … the other laughed": each one of a pair that acts
        cast_ones_of_pairs(characters, language, self.source_text or f"{context}\n{narration}", character_id)
        # "I climbed the oak and I saw a wolf": the teller of a tale told in the first person acts in it
        cast_teller(characters, language, self.source_text or f"{context}\n{narration}", character_id)
        cast_asian_teller(characters, language, self.source_text or f"{context}\n{narration}", character_id)
        # "all those who were eating laughed", "所有的人都笑了": a group named by what it does
        cast_groups_by_what_they_do(characters, language, self.source_text or f"{context}\n{narration}", character_id)
        # "गाँव के लोग दौड़कर आए", "গ্রামের লোকেরা ছুটে এল": a plural with its genitive
        cast_genitive_groups(characters, language, self.source_text or f"{context}\n{narration}", character_id)
        # "मादा हिरण", "রাজা বিক্রম বললেন", "X சொன்னாள்": what scripts without capitals name so
        cast_indic_characters(characters, identity, language, told_all, character_id)
        # "வள்ளியை", "வள்ளிக்கு": one Tamil name; "रामू जी", "मोहन भैया"; a pet's name that barks ("कालू भौंका")
        cast_indic_names(characters, identity, language, told_all, character_id)
        # "குயவன் சென்றான்", "தளபதியை": a Tamil subject of a person's verb, no list naming it
        cast_tamil_subjects(characters, language, told_all, character_id)
        # "हर बच्चा स्कूल जाता है": people only in general; "சொன்னான்": a verb, no name
        drop_generic_and_verbs(characters, identity, language, told_all)
        # "黑狗和白狗": two of a kind told apart by a colour, a size or an age
        cast_kinds_told_apart(characters, identity, language, told_all, character_id)
        if language == "hi":  # "कई लड़के दौड़े": many, counted, who act
            cast_counted_groups_hindi(characters, told_all, character_id)
        if language == "zh":  # "几个学生笑了起来"
            cast_counted_groups_chinese(characters, told_all, character_id)
        mark_counted_groups(characters, told_all, language)  # "一群孩子跑过来说", "दस-बारह आदमी बोले": a group
        _things_that_act(characters, language, self.source_text or f"{context}\n{narration}")
        # "said the poor fellow", "Su Merced": a second name of someone cast (script/second_names.py)
        merge_second_names(
            characters,
            identity,
            told_all,
            language,
            [(identity[r.speaker], r.text) for raw in scenes for r in raw.lines],
        )

        board_scenes: list[Scene] = []
        line_no = 0
        # where the story's people live; then the building the story was last in, whose rooms its scenes are
        # "a girl named River", "der Bauer": a person's name that is a place's word names no place
        persons = [c.name for c in characters.values() if c.id != "narrator" and c.animal is None and c.crowd is None]
        placed_names = named_places_of_people(told_all, persons, language)
        unnamed = _without_names(told_all, characters.values())
        home = story_home(without_people_as_places(unnamed, placed_names, language, trades=True), language)
        home = house_of_station(home, told_all, language)  # "an old fisherman and his wife": their cottage
        trades = trades_of_people(told_all, persons, language)  # "a tailor named Bill": at work when he sews
        for index, raw in enumerate(scenes, start=1):
            narrated = " ".join(ln.text for ln in raw.lines if ln.speaker == NARRATOR)
            directions = " ".join(f"({ln.parenthetical})" for ln in raw.lines if ln.parenthetical)
            body = " ".join([*raw.action, narrated]).strip()
            if len(body.split()) <= len(raw.heading.split()) + 3:  # no action: what is said shows the scene
                # in quotes: a place someone only speaks of weighs less than one the narration puts them in
                body = " ".join([body, *(ln.text if ln.speaker == NARRATOR else f"“{ln.text}”" for ln in raw.lines)])
            body = f"{body} {directions}".strip()
            previous = board_scenes[-1].setting if board_scenes else None
            previous_time = board_scenes[-1].time_of_day if board_scenes else None
            reading = describe_scene(
                raw.heading,
                without_people_as_places(
                    _without_names(_speech_quoted(body, raw.lines), characters.values()), placed_names, language
                ),
                language,
                previous=previous,
                previous_time=previous_time,
                home=home,
                trades=trades,
            )
            home = reading.setting if reading.setting in HOMES else home
            lines = []
            for rl in raw.lines:
                line_no += 1
                lines.append(
                    Line(
                        id=f"l{line_no}",
                        character_id=identity[rl.speaker],
                        text=rl.text,
                        language=line_language(language, rl.text),
                        parenthetical=rl.parenthetical,
                        chant="chant" in rl.parenthetical.lower(),
                    )
                )
            people = _present(lines, f"{raw.heading}\n{_unsaid(body, raw.lines)}", characters, language)
            said = [ln.text for ln in lines if ln.character_id != "narrator"]
            shown = {m.key for m in reading.things}
            # "these eggs" in "with the money from these eggs I'll buy…": pointed at in a daydream, not there
            pointed = [
                m for m in pointed_things([not_there(t, language) for t in said], language) if m.key not in shown
            ]
            things = things_not_cast(
                [*reading.things, *pointed], characters.values(), language, f"{raw.heading}\n{body}\n{' '.join(said)}"
            )
            things = names_no_things(things, every_word, language)
            things = contents_not_vessels(things, f"{raw.heading}\n{body}", language)  # "a vase of flowers"
            board_scenes.append(
                Scene(
                    id=f"s{index}",
                    heading=raw.heading,
                    action=raw.action,
                    # prose's action is its paragraph, which its narration says: no paragraph among the lines
                    action_before=[] if self.source_text else [_line_at(lines, at) for at in raw.action_at],
                    lines=lines,
                    shots=plan_shots(f"s{index}", lines),
                    setting=reading.setting,
                    setting_words=reading.setting_words,
                    interior=reading.interior,
                    time_of_day=reading.time_of_day,
                    weather=reading.weather,
                    mood=reading.mood,
                    description=reading.description,
                    people=people,
                    things=[
                        Thing(key=m.key, words=list(m.words), colour=reading.thing_colours.get(m.key)) for m in things
                    ],
                )
            )
        _addressed_ages(board_scenes, characters, language)
        _opening_place(board_scenes, language)
        if language in ("hi", "mr") or language in SPEAKERS_AGREE:  # "मैं … लूंगी", "я устала", "estoy cansada"
            for cid, character in characters.items():
                said = [ln.text for s in board_scenes for ln in s.lines if ln.character_id == cid]
                # a guess from the name ("Andrea": her "-a") yields to what one says ("estoy cansado")
                decided = character.gender_words and not only_from_the_name(character.gender_words)
                own = None if decided or cid == "narrator" else _own_gender(said, language)
                if own:
                    character.gender, character.gender_words = own[0], [own[1]]  # type: ignore[assignment]
        analysis = {
            f"{scene.id}.setting": f"the text names '{word}', which no drawable setting fits: drawn as {scene.setting}"
            for scene in board_scenes
            # only where the painter fell back on its generic places; a scene that stays where the story was
            # is drawn there
            if not scene.setting_words
            and scene.setting in ("landscape", "living_room")
            and (word := heading_place(scene.heading) or unnamed_place(" ".join(scene.action), language))
        }
        return Storyboard(
            title=self.title,
            language=language,
            characters=list(characters.values()),
            scenes=board_scenes,
            analysis=analysis,
        )


def _opening_place(scenes: list[Scene], language: str) -> None:
    """The scenes before the first that names a place (a transcript's first exchanges, a tale's first
    sentences) are where the story goes on: that place, not the painter's default landscape. A scene that
    names a place no drawable setting fits keeps the default, and says so (the analysis)."""
    first = next((s for s in scenes if s.setting_words), None)
    if first is None:
        return
    for scene in scenes[: scenes.index(first)]:
        unnamed = heading_place(scene.heading) or unnamed_place(" ".join(scene.action), language)
        if scene.setting == "landscape" and not unnamed:
            scene.setting, scene.interior = first.setting, first.interior


# words that give a name to what comes before them: "a cat called Tom", "their names were ..."
_NAMING = re.compile(
    r"\b(?:called|named|names?\s+(?:was|were)|llamad[oa]s?|se llamaba[n]?|namens|hie(?:ß|ss)(?:en)?|"
    r"nomm[ée]e?s?|appel[ée]e?s?|s'appelai(?:t|ent)|chiamat[oaie]|chamad[oa]s?|по имени|зовут)\b",
    re.IGNORECASE,
)

# what may stand between a naming and a name it gives: other names of a list ("their names were Pip,
# Tess, and Max"), never words of the sentence going on
_NAMES_ONLY = re.compile(r"[\s,:;—–-]*(?:(?:[A-ZÀ-ÝА-ЯЁ][\w'’-]*|and|y|e|et|und|и)[\s,:;—–-]+)*")

# languages that put the name before the words that name it and the being named ("X नाम का शेर")
_NAMING_AFTER = re.compile(r"[-\s]*(?:नाम\s+(?:का|की|के)|नामक|नावाचा|नावाची|नावाचे)(?=\s)")


def _named_next(mc: MentionedCharacter, characters: dict[str, Character], told: str) -> bool:
    """Whether someone met once, by what they are, is named in the words that follow: a story introduces
    its people and then gives their names."""
    if len(mc.mentions) != 1 or mc.kind != "person":
        return False
    after = told[mc.mentions[0].end : mc.mentions[0].end + 160]
    before = told[: mc.mentions[0].start]
    return any(
        c.id != "narrator"
        and c.name in after
        and c.name not in before
        and c.gender in (mc.gender or c.gender, "neutral")
        for c in characters.values()
    )


def _called_by(
    characters: dict[str, Character], identity: dict[str, str], called: dict[str, list[str]], language: str
) -> None:
    """A speaker an attribution called by a word for what it is ("坊やは言いました" of the child fox, "said the
    lad" of the child, "dit la fillette" of Lise): what its own name tells of its gender and age, or else what
    those words agree on, beats what was read around it (a mother named beside her child, a pronoun)."""
    from filmstudio.script.quotes import word_traits

    for cue, words in called.items():
        character = characters.get(identity.get(cue, character_id(cue)))
        if character is None or character.id == "narrator":
            continue
        _, own_gender, own_age = word_traits(character.name, language)
        told = [(w, *word_traits(w, language)[1:]) for w in words]
        genders = {g for _, g, _ in told if g}
        ages = {a for _, _, a in told if a}
        gender = own_gender or (next(iter(genders)) if len(genders) == 1 else "")
        age = own_age or (next(iter(ages)) if len(ages) == 1 else "")
        if gender and gender != character.gender:
            word = character.name if own_gender else next(w for w, g, _ in told if g == gender)
            character.gender, character.gender_words = gender, [word]  # type: ignore[assignment]
        if age and age != character.age:
            word = character.name if own_age else next(w for w, _, a in told if a == age)
            character.age, character.age_words = age, [word]  # type: ignore[assignment]


def _epithet_speakers(
    scenes: list[_RawScene], identity: dict[str, str], characters: dict[str, Character], keys: set[str], language: str
) -> dict[str, str]:
    """Speakers known by a description ("contestó la costurera", "said the old fellow") that are one of
    those already talking: a story names the two in a dialogue by their names and, for variety, by what
    they are. A description speaking for the first time is the one speaker of its gender met so far,
    where the quote before it was the other gender's (the dialogue's turns alternate) and the narration
    never brought it in before (a newcomer is announced: "the maid came in"). Cue -> the id it is."""
    from filmstudio.script.mentions import find_mentions

    order = [(ln.speaker, ln.text) for s in scenes for ln in s.lines]
    out: dict[str, str] = {}
    spoken: list[str] = []  # the ids of the quotes so far, as resolved
    for index, (speaker, _) in enumerate(order):
        if speaker == NARRATOR:
            continue
        cid = out.get(speaker, identity[speaker])
        words = name_tokens(speaker)
        described = len(words) == 1 and (words[0] in keys or lemma_of(words[0], language) in keys)
        character = characters.get(cid)
        if described and cid not in spoken and character is not None and character.gender in ("male", "female"):
            same = {c for c in spoken if characters[c].gender == character.gender}
            told = [text for sp, text in order[: max(0, index - 1)] if sp == NARRATOR]
            if index and order[index - 1][0] == NARRATOR and len(order[index - 1][1].split()) > 5:
                # "Alors le meunier sortit du moulin et demanda :": a newcomer who acts, then speaks; more
                # than an attribution ("La costurera contestó:")
                told.append(order[index - 1][1])
            brought_in = any(
                m.key in (words[0], lemma_of(words[0], language)) for t in told for m in find_mentions(t, language)
            )
            if (
                len(same) == 1
                and spoken
                and characters[spoken[-1]].gender not in (character.gender, "neutral")
                and not brought_in
            ):
                cid = out[speaker] = next(iter(same))
        spoken.append(cid)
    return out


# words for a person that say only what anyone is: with an age or a sex given ("a very old man"), the one of
# the story it describes, when one alone fits
_GENERIC_PEOPLE = frozenset(
    [
        "man",
        "woman",
        "person",
        "fellow",
        "mann",
        "frau",
        "mensch",
        "homme",
        "femme",
        "hombre",
        "mujer",
        "uomo",
        "donna",
        "homem",
        "mulher",
        "мужчина",
        "женщина",
        "человек",
    ]
)


def _generic(mc: MentionedCharacter) -> bool:
    return (mc.mentions[0].key.split() or [""])[-1] in _GENERIC_PEOPLE


def _the_one_described(
    mc: MentionedCharacter, cast: list[Character], others: list[MentionedCharacter]
) -> Character | MentionedCharacter | None:
    """The one character (already cast, or mentioned by a word of its own) whose gender and age the
    description fits, or None where none or several do."""
    fits: list[Character | MentionedCharacter] = [
        c for c in cast if c.id != "narrator" and c.animal is None and c.age == mc.age and c.gender == mc.gender
    ]
    cast_ids = {c.id for c in cast}
    fits += [
        o
        for o in others
        if o.kind == "person"
        and (o.age, o.gender) == (mc.age, mc.gender)
        and not _generic(o)
        and character_id(o.name) not in cast_ids
    ]
    return fits[0] if len(fits) == 1 else None


def _blamed_speakers(identity: dict[str, str], told: str, language: str) -> dict[str, str]:
    """Speakers called by a word of blame ("said the villain") -> the name of the one it points back to
    (the wolf named before): one character, not a new one."""
    from filmstudio.script.mentions import blamed

    pointed = blamed(told, language)
    out = {}
    for speaker in identity:
        words = name_tokens(speaker)
        meant = pointed.get(words[-1]) if len(words) == 1 else None
        if meant is not None:
            out[speaker] = meant.name[:1].upper() + meant.name[1:]
    return out


def _aged_speakers(identity: dict[str, str], alias: dict[str, str], language: str) -> dict[str, str]:
    """Speakers of prose called by another speaker's name with an age word before it ("exclamó el viejo
    Corregidor" beside "dijo el Corregidor", "said the old Miller") -> that speaker's name: one person."""
    from filmstudio.script.persons import describing_words

    describing = describing_words(language)
    by_key = {name_key(sp): alias.get(sp, sp) for sp in identity if sp not in alias}
    out = {}
    for speaker in identity:
        words = speaker.split()
        kept = list(words)
        while len(kept) > 1 and kept[0].lower() in describing:
            kept = kept[1:]
        if len(kept) < len(words) and (named := by_key.get(name_key(" ".join(kept)))) and named != speaker:
            out[speaker] = named
    return out


def _apposed_key(speaker: str, apposed: dict[str, str], language: str) -> str | None:
    """The word for a kind of person a speaker's cue is ("traveller", "the doctora", "old donkey"), where
    the text gave it a name beside it; None otherwise."""
    from filmstudio.script.persons import describing_words

    words = name_tokens(speaker)
    while len(words) > 1 and words[0] in describing_words(language):
        words = words[1:]  # "Old donkey", as the story names "an old donkey called Ned"
    if len(words) != 1:
        return None
    for key in (words[0], lemma_of(words[0], language)):
        if key in apposed:
            return key
    return None


def _fuller_name(mc: MentionedCharacter, characters: dict[str, Character]) -> Character | None:
    """The one silent character whose longer name ends in the word a mention names ("Peter Rabbit" for
    "the Rabbit" where no other rabbit is cast, "Tall Giraffe" for "the Giraffe"): a name's last word
    is its head, and a story shortens a name to it. None where the mention is several beings, or several
    characters' names end so."""
    key = name_key(mc.name)
    if len(key) != 1 or any(m.plural for m in mc.mentions):
        return None
    fuller = [
        c
        for c in characters.values()
        if c.id != "narrator" and len(name_key(c.name)) > 1 and name_key(c.name)[-1] == key[0]
    ]
    return fuller[0] if len(fuller) == 1 else None


def _the_child(mc: MentionedCharacter, characters: dict[str, Character], speakers: set[str]) -> Character | None:
    """The story's one child, where a word for a child that never speaks ("坊や", "the boy") comes after
    it was met: stories call their child by what it is. None where the word speaks, where the story has
    no child or several, or where the word's gender is not the child's."""
    if mc.kind != "person" or mc.age != "child" or {m.key for m in mc.mentions} & speakers:
        return None
    children = [c for c in characters.values() if c.id != "narrator" and c.age == "child" and c.age_words]
    if len(children) != 1 or children[0].gender not in ("neutral", mc.gender or "neutral"):
        return None
    return children[0]


def _title_of_a_name(mc: MentionedCharacter, characters: dict[str, Character], told: str) -> bool:
    """Whether every mention of a role word stands right before a character's name (a space, a hyphen or
    a dash between): the title of that character ("মা-গৌতমী", "राजा दशरथ")."""
    names = [c.name for c in characters.values() if c.id != "narrator"]
    return bool(names) and all(
        any(re.match(r"\s*[-–—]?\s*" + re.escape(name), told[m.end :]) for name in names) for m in mc.mentions
    )


def _things_that_act(characters: dict[str, Character], language: str, text: str) -> None:
    """Casts each thing that laughs or weeps like someone ("il manico di scopa piangeva"), unless it is cast
    already by its first word (a thing that speaks: '"Ahi!" gridò il manico di scopa')."""
    for name in things_that_act(text, language):
        head = name.split()[0].lower()
        if any(_one_thing(c.name.split()[0].lower(), head, language) for c in characters.values() if c.name.split()):
            continue
        cid = character_id(name)
        characters[cid] = Character(
            id=cid,
            name=name[:1].upper() + name[1:],
            language=language,
            description="gender from no evidence; age from no evidence; a thing that laughs or weeps like someone",
        )


def _one_thing(cast: str, head: str, language: str) -> bool:
    """Whether two words name one thing: the same word, or in German a compound and its last noun ("der
    Holzlöffel" who speaks, "der Löffel" who laughs)."""
    if cast == head:
        return True
    short, whole = sorted((cast, head), key=len)
    return language == "de" and len(short) >= 3 and whole.endswith(short)


def _described_title(mc: MentionedCharacter, characters: dict[str, Character], language: str) -> Character | None:
    """The character called by a capitalised role ("el Corregidor", "the Miller") that a mention names with a
    describing word before it ("el viejo Corregidor", "the old Miller"): the same person, of an age that
    does not gainsay what was read of them."""
    from filmstudio.script.persons import describing_words

    describing = describing_words(language)
    words = mc.name.split()
    kept = [w for w in words if w.lower() not in describing]
    if mc.kind != "person" or len(kept) == len(words) or not kept or not kept[-1][:1].isupper():
        return None
    said = [describing[w.lower()][1] for w in words if w.lower() in describing]
    for character in characters.values():
        if character.id == "narrator" or name_key(character.name) != name_key(" ".join(kept)):
            continue
        # an age its own name gave (a miller is middle-aged) is a default the describing word corrects
        guessed = {w.lower() for w in character.age_words} <= {w.lower() for w in character.name.split()}
        if not character.age_words or guessed or not any(said) or character.age in said:
            if guessed and any(said) and character.age not in said:
                character.age = next(a for a in said if a)  # type: ignore[misc]
                character.age_words = [w.lower() for w in words if w.lower() in describing]
            return character
    return None


def _titled_speakers(identity: dict[str, str], alias: dict[str, str], text: str, language: str) -> dict[str, str]:
    """Speakers called by a role word alone ("Doctor", "the Doctor") where the text writes that word as the
    title of one name only ("Doctor Brown") -> that name: one person, not the doctor and Brown. German
    capitalises every noun ("da gab der König Befehl"): a capital there tells no name."""
    out: dict[str, str] = {}
    if language == "de":
        return out
    for speaker in identity:
        words = speaker.split()
        if speaker in alias or not words or speaker == NARRATOR or description_traits(words[-1], language) is None:
            continue
        if len(words) > 2 or len(words) == 2 and words[0].lower() not in DETERMINERS.get(language, "").split():
            continue
        role = re.escape(words[-1])
        after = {m.group(1) for m in re.finditer(rf"(?<!\w)(?i:{role})\s+([^\W\d_][\w'’-]+)", text)}
        names = {n for n in after if n[:1].isupper() and description_traits(n, language) is None}
        names -= {n for n in names if n.lower() in PRONOUNS or n.lower() in HONORIFICS}
        if len(names) == 1:
            out[speaker] = names.pop()
    return out


def _role_of_another(name: str, found: list[str], characters: dict[str, Character], source: str, language: str) -> bool:
    """Whether a capitalised word for a person, found as a name, is only a role someone is called by: each
    time it is written it calls on someone ("Doctor, will I live?", "—Niño, ven") or titles a name ("Doctor
    Brown"), and it titles one name, or it is a word for a child or an old person that fits the one such
    named character ("Enfant" said to Paul, a boy)."""
    if len(name.split()) != 1 or description_traits(name, language) is None:
        return False
    # a name it titles that is also written alone ("Doctor Brown" … "Brown said"): a name with a title, not
    # one name of two words, which the role is a part of ("Mother Cat", "Father Christmas")
    titles = [
        n
        for n in found
        if n != name
        and re.search(rf"(?<!\w){re.escape(name)}\s+{re.escape(n)}(?!\w)", source)
        and re.search(rf"(?<!{re.escape(name)} )(?<![\w-]){re.escape(n)}(?!\w)", source)
    ]
    for at in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", source):
        titling = any(source[at.end() :].lstrip(" ").startswith(n) for n in titles)
        if not titling and not _called_on(source, _Span(at.start(), at.end())):  # type: ignore[arg-type]
            return False
    if len(set(titles)) == 1:
        return True
    cast = [c for c in characters.values() if c.id != "narrator"]
    return the_named_one(name, cast, source, language) is not None


class _Span(NamedTuple):
    start: int
    end: int


def _titled_elsewhere(mc: MentionedCharacter, characters: dict[str, Character], told: str) -> Character | None:
    """The one character whose name this role word stands before somewhere in the text ("Doctor Brown",
    "King Arthur"): the role word alone ("Doctor, will I live?", "the doctor smiled") is that one. None
    where it titles several, or where the mention is several people."""
    if mc.kind != "person" or any(m.plural for m in mc.mentions) or " " in mc.mentions[0].key:
        return None
    words = {told[m.start : m.end].lower() for m in mc.mentions}
    titled = [
        c
        for c in characters.values()
        if c.id != "narrator"
        and c.name.lower() not in words
        and any(
            re.search(r"(?<!\w)" + re.escape(w) + r"\s+" + re.escape(c.name) + r"(?!\w)", told, re.I) for w in words
        )
    ]
    return titled[0] if len(titled) == 1 else None


def _named_outside_quotes(name: str, told: str, language: str) -> bool:
    """Whether the narration (speech taken out) names someone: a prose story's people act in it."""
    if is_spaceless(language):
        return name in told
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", told, re.I) is not None


def _only_pronouns(words: list[str]) -> bool:
    return all(w.lower() in PRONOUNS for w in words)


def _named_animals(
    characters: dict[str, Character], language: str, text: str = "", beings: dict[str, Mention] | None = None
) -> None:
    """A character whose name is, or holds, a word for an animal ("Ворона", "Peter Rabbit", "Mrs. Fox"),
    or whom the text names as one ("a dog called Rex", "three little Foxes, and their names were
    Pip, Tess and Max", "タマという猫"), is that animal: drawn as it, acting as itself. The word a
    naming gives the name to tells its gender and age where nothing else has ("名叫阿黄的狗")."""
    from filmstudio.script.mentions import animal_of_word, animal_words

    animals = animal_words(language)
    for name, being in (beings or {}).items():
        character = characters.get(character_id(name))
        if character is None or character.id == "narrator":
            continue
        if being.kind == "animal" and being.animal and not character.animal:
            character.animal, character.on_screen = being.animal, False
        if being.gender and (not character.gender_words or _only_pronouns(character.gender_words)):
            character.gender, character.gender_words = being.gender, [being.name]  # type: ignore[assignment]
        if being.age and not character.age_words:
            character.age, character.age_words = being.age, [being.name]  # type: ignore[assignment]
    for character in characters.values():
        if character.animal or character.id == "narrator":
            continue
        for token in reversed(name_tokens(character.name)):
            # as written: a name's "lemma" is nobody's ("Maria" is not "mare"); old German spelling allowed
            key = animals.get(token.lower()) or animal_of_word(token, language)
            if key:
                character.animal, character.on_screen = key, False
                break
        else:
            key = _animal_by_naming(character.name, text, animals, language) or pet_name_animal(
                character.name, text, animals, language
            )
            if key:
                character.animal, character.on_screen = key, False


def _one_animal_by_two_words(characters: dict[str, Character], identity: dict[str, str], language: str) -> None:
    """A story may call its one fox by two words for a fox ("Лиса", "Лисица"; "Geiß", "Ziege"): two
    characters met only by words for the same animal, whose genders do not differ, are one, the first."""
    from filmstudio.script.mentions import animal_of_word, animal_words

    animals = animal_words(language)
    first: dict[str, Character] = {}
    for cid, character in list(characters.items()):
        words = name_tokens(character.name)
        plain = len(words) == 1 and (animals.get(words[0].lower()) or animal_of_word(words[0], language))
        if not character.animal or plain != character.animal:
            continue  # a name of its own ("Peter Rabbit"), or no animal
        kept = first.setdefault(character.animal, character)
        if kept is character or _sexes_differ(kept, character):
            continue
        del characters[cid]
        for speaker, known in identity.items():
            if known == cid:
                identity[speaker] = kept.id


def _sexes_differ(one: Character, other: Character) -> bool:
    """Two words for an animal name two of them when one's word says its sex ("Bock", "Geiß"): a verb that
    agrees with the word ("Лошадь паслась", "Конь поднял") tells only the word's grammatical gender."""
    if "neutral" in (one.gender, other.gender) or one.gender == other.gender:
        return False
    return any(w.lower() in {t.lower() for t in name_tokens(c.name)} for c in (one, other) for w in c.gender_words)


def _named_with_a_hyphened_person(characters: dict[str, Character], identity: dict[str, str], language: str) -> None:
    """A name joined by a hyphen to a word for a person ("the Kestrel-man", "Vinet-woman") is the one
    that name alone names in the story: one character, the name's, and its lines are."""
    from filmstudio.script.persons import person_words

    people = person_words(language)
    by_name = {c.name.lower(): c for c in characters.values() if c.id != "narrator"}
    for cid, character in list(characters.items()):
        name, _, head = character.name.lower().rpartition("-")
        named = by_name.get(name)
        if not name or named is None or named is character or head not in people:
            continue
        for trait in ("gender", "age"):
            if not getattr(named, f"{trait}_words") and getattr(character, f"{trait}_words"):
                setattr(named, trait, getattr(character, trait))
                setattr(named, f"{trait}_words", getattr(character, f"{trait}_words"))
        del characters[cid]
        for speaker, known in identity.items():
            if known == cid:
                identity[speaker] = named.id


def _named_with_its_kind(characters: dict[str, Character], identity: dict[str, str], text: str, language: str) -> None:
    """A name joined to the word for its kind ("平吉狐", "Benjamin Bunny") names one being: the character
    met by that word alone ("狐", "the rabbit") is the named one, and its lines are."""
    from filmstudio.script.mentions import animal_words

    animals = animal_words(language)
    for kind in list(characters.values()):
        if kind.id == "narrator" or not kind.animal or kind.name.lower() not in animals:
            continue
        for named in characters.values():
            if named is kind or named.id == "narrator" or kind.name.lower() in named.name.lower():
                continue
            if re.search(re.escape(named.name) + r"\s?" + re.escape(kind.name), text, re.I):
                named.animal, named.on_screen = kind.animal, False
                for trait in ("gender", "age"):
                    if not getattr(named, f"{trait}_words") and getattr(kind, f"{trait}_words"):
                        setattr(named, trait, getattr(kind, trait))
                        setattr(named, f"{trait}_words", getattr(kind, f"{trait}_words"))
                del characters[kind.id]
                for speaker, cid in identity.items():
                    if cid == kind.id:
                        identity[speaker] = named.id
                break


_PLURAL_POSSESSIVES = {"en": {"their"}, "fr": {"leur", "leurs"}, "ru": {"их"}}
# words for family: a family of animals is animals ("four little Rabbits ... They lived with their Mother")


def _animal_kin(characters: dict[str, Character], language: str, text: str) -> None:
    """A character named by a family word of a family of animals ("four little Rabbits ... They lived with
    their Mother") is that animal: the family word first comes after a possessive that can only be
    plural ("their", "leur", "их"), and the being the text named last before it is an animal."""
    from filmstudio.script.mentions import animal_words

    kin = set(KIN.get(language, "").split())
    theirs = _PLURAL_POSSESSIVES.get(language)
    if not theirs:
        return
    animals = animal_words(language)
    named = {c.name.lower(): c.animal for c in characters.values() if c.id != "narrator"}
    for character in characters.values():
        if character.animal or character.name.lower() not in kin:
            continue
        first = re.search(rf"(?<![\w'-]){re.escape(character.name)}(?![\w'-])", text, re.I)
        before = re.findall(r"[\w'-]+", text[max(0, first.start() - 40) : first.start()]) if first else []
        if first is None or not before or before[-1].lower() not in theirs:
            continue
        last: str | None = None  # the being named last before it: an animal's key, or "" for a person
        for word in re.findall(r"[\w'-]+", text[max(0, first.start() - 400) : first.start()]):
            low = re.sub(r"'s$", "", word.lower())
            if low in animals:
                last = animals[low]
            elif low in named:
                last = named[low] or ""
        if last:
            character.animal, character.on_screen = last, False


# the parents a family's children speak of ("their Mother"), and the titles a grown-up of that gender bears
_PARENTS = {
    "en": ({"mother", "mom", "mum", "mama", "mamma"}, {"father", "dad", "daddy", "papa", "pa"}),
    "es": ({"madre", "mamá"}, {"padre", "papá"}),
    "fr": ({"mère", "maman"}, {"père", "papa"}),
    "de": ({"mutter", "mama"}, {"vater", "papa"}),
    "it": ({"madre", "mamma"}, {"padre", "papà"}),
    "pt": ({"mãe", "mamãe"}, {"pai", "papai"}),
}
_TITLES = {
    "female": {"mrs", "madam", "señora", "doña", "madame", "mme", "frau", "signora", "senhora", "dona"},
    "male": {"mr", "señor", "don", "monsieur", "herr", "signor", "senhor"},
}
_OWNERS = {"their", "your", "his", "her", "our", "su", "sus", "leur", "leurs", "son", "sa", "ihre", "ihrer", "seine"}


def _parent_by_title(characters: dict[str, Character], identity: dict[str, str], language: str, text: str) -> None:
    """ "Four little Rabbits ... lived with their Mother ... said old Mrs. Rabbit": a parent the story first
    names by what she is to someone ("their Mother") is the one grown-up of that gender it gives a title
    to, where it titles only one: stories call a mother by her title and by what she is to her children."""
    mothers, fathers = _PARENTS.get(language, (set(), set()))
    for parent in list(characters.values()):
        word = parent.name.lower()
        gender = "female" if word in mothers else "male" if word in fathers else ""
        if not gender:
            continue
        first = re.search(rf"(?<![\w'-]){re.escape(parent.name)}(?![\w'-])", text, re.I)
        before = re.findall(r"[\w'-]+", text[max(0, first.start() - 30) : first.start()]) if first else []
        if not before or before[-1].lower() not in _OWNERS:
            continue
        titled = [
            c
            for c in characters.values()
            if c is not parent and name_tokens(c.name) and name_tokens(c.name)[0] in _TITLES[gender]
        ]
        if len(titled) != 1:
            continue
        for speaker, cid in identity.items():
            if cid == parent.id:
                identity[speaker] = titled[0].id
        del characters[parent.id]


def _animal_by_naming(name: str, text: str, animals: dict[str, str], language: str) -> str | None:
    """The one kind of animal a sentence gives this name to: the animal's word, then a word of naming,
    then the name ("un perro llamado Max", "ein Hund namens Bello")."""
    from filmstudio.script.lemmas import lemma_of
    from filmstudio.script.persons import person_words

    people = person_words(language)
    for sentence in re.split(r"(?<=[.!?;])\s+", text):
        for before in re.finditer(rf"([\w'-]+)\s+{re.escape(name)}(?![\w'])", sentence):
            key = animals.get(before.group(1).lower())  # in apposition: "her dog Rex", "el perro Max"
            if key and name[:1].isupper():
                return key
        at = re.search(rf"(?<![\w']){re.escape(name)}(?![\w'])", sentence)
        after = _NAMING_AFTER.match(sentence[at.end() :]) if at else None
        if at and after:  # the name first, then the naming words, then the being: "खर नाम का शेर"
            for word in sentence[at.end() + after.end() :].split()[:3]:
                low = word.strip(".,;:!?।\"'").lower()
                key = animals.get(low) or animals.get(lemma_of(low, language))
                if key:
                    return key
        naming = _NAMING.search(sentence[: at.start()]) if at else None
        if not at or not naming or not _NAMES_ONLY.fullmatch(sentence[naming.end() : at.start()]):
            continue  # "una vaca llamada Lola vivía en la granja de don Pedro": Lola is named, not Pedro
        # the animal named is the being just before the naming words ("a dog called", "Rabbits, and
        # their names were"), not one further back ("the cat watched a girl called Lucy")
        for word in reversed(re.findall(r"[\w'-]+", sentence[: naming.start()])[-6:]):
            low = word.lower()
            key = animals.get(low) or animals.get(lemma_of(low, language))
            if key:
                return key
            if low in people or lemma_of(low, language) in people:
                return None
    return None


def _young_called_children(
    characters: dict[str, Character], identity: dict[str, str], language: str, text: str
) -> None:
    """ "Die Ente hatte fünf Entlein ... Die Kinder riefen": a plural word for children that a story casts
    (a speaker, or one its narration lets act) is its one group of young animals, where it has no human
    children of its own (young.py): the young speak its lines, and no stranger is cast."""
    from filmstudio.script.young import children_word, young_group, young_word

    ids = {c.id for c in characters.values() if c.id != "narrator" and not c.animal and children_word(c.name, language)}
    if not ids or any(
        cid not in ids and cid != "narrator" and not c.animal and c.age == "child" for cid, c in characters.items()
    ):
        return  # no children cast, or a human child among the cast
    group = young_group(text, language)
    if group is None:
        return
    young = next(
        (
            c
            for c in characters.values()
            if c.animal
            and name_tokens(c.name)
            and (young_word(name_tokens(c.name)[-1], language) or ("",))[0] in group.keys
        ),
        None,
    )
    if young is None:
        name = group.name[:1].upper() + group.name[1:]
        young = Character(
            id=character_id(name),
            name=name,
            gender="neutral",
            age="child",
            language=language,
            style="conversational",
            description=f"gender from no evidence; age from {group.name}; the young the story calls its children",
            age_words=[group.name],
            animal=group.animal,
            on_screen=False,
        )
    elif young.age != "child":
        young.age, young.age_words = "child", [group.name]
    kept: dict[str, Character] = {}
    for cid, character in characters.items():
        if cid in ids:
            kept.setdefault(young.id, young)  # where the children were first cast
        elif cid != young.id or young.id not in kept:
            kept[cid] = character
    characters.clear()
    characters.update(kept)
    for speaker, cid in identity.items():
        if cid in ids:
            identity[speaker] = young.id


def _common_words(text: str, language: str) -> set[str]:
    """The capitalised words of a text that name a thing, a place or a time: never a person's name."""
    if not text:
        return set()
    words = {w.lower() for w in re.findall(r"\b[^\W\d_][\w'’-]*", text) if w[:1].isupper()}
    lexicons = (
        vocabulary.things(language),
        vocabulary.places(language),
        vocabulary.times(language),
        vocabulary.weathers(language),
        vocabulary.moods(language),
    )
    # a make written as one is a thing, never a person ("parks the Mustang": script/makes.py)
    return {w for w in words if any(lex.find(w) for lex in lexicons)} | (makes_in(text) & words)


def _addressed_ages(scenes: list[Scene], characters: dict[str, Character], language: str) -> None:
    """A line that addresses others by who they are ("Good morning, children.", "Mira, mi niña")
    tells the other speakers' age and gender, where nothing else has."""
    for scene in scenes:
        speakers = list(dict.fromkeys(ln.character_id for ln in scene.lines if ln.character_id != "narrator"))
        previous = ""
        for line in scene.lines:
            others = [characters[c] for c in speakers if c != line.character_id and c in characters]
            # with many in the scene, the one spoken to is the one who spoke last ("Lane. ... sir.")
            listener = characters.get(previous) if previous != line.character_id else None
            for word, gender, age in addressed_as(line.text, language):
                # "children", "señores": a plural speaks to all the others
                one = listener is not None and len(others) > 1 and lemma_of(word, language) == word
                told = [listener] if one and listener is not None else others
                for other in told:
                    # "sir", "madam", "señora" are said to every grown-up: only a child's or an old
                    # person's word ("children", "granny") tells an age
                    if age in ("child", "elderly") and not other.age_words:
                        other.age, other.age_words = age, [f"'{word}' ({line.character_id})"]  # type: ignore[assignment]
                    if gender and not other.gender_words and len(told) == 1:
                        other.gender, other.gender_words = gender, [f"'{word}' ({line.character_id})"]  # type: ignore[assignment]
            if line.character_id != "narrator":
                previous = line.character_id


def name_key(name: str) -> tuple[str, ...]:
    """A name without its titles: 'DR. RAO' and 'Rao' are one person (the narrator stays the narrator)."""
    tokens = [re.sub(r"(.{2,})(?:さま|さん|様|殿|くん|君|ちゃん|坊)$", r"\1", t) for t in name_tokens(name)]
    plain = tuple(t for t in tokens if t not in HONORIFICS)
    return plain or tuple(tokens)


def _closed_speakers_narrate(scenes: list[_RawScene], text: str, language: str) -> None:
    """A quote given to a closed-class word ("…से कहा" read as said by "से") is the narrator's to read; in a
    script with capitals a cue is written as a name ("CC: Houston"), whatever word it is."""
    for scene in scenes:
        for line in scene.lines:
            uncased = line.speaker.lower() == line.speaker.upper()
            if line.speaker != NARRATOR and uncased and closed_name(line.speaker, text, language):
                line.speaker = NARRATOR


def _identities(speakers: list[str]) -> dict[str, str]:
    """Each cue as written -> one character id: cues that differ only by titles are one character,
    named as its first full cue."""
    first_by_key: dict[tuple[str, ...], str] = {}
    out = {}
    for speaker in speakers:
        key = name_key(speaker)
        first_by_key.setdefault(key, speaker)
        out[speaker] = character_id(first_by_key[key])
    return out


def _own_gender(said: list[str], language: str) -> tuple[str, str] | None:
    """What speakers' own lines say of their gender ("मैं … लूंगी", "я устала", "estoy cansada")."""
    return speaker_gender_hindi(said) if language in ("hi", "mr") else speaker_gender(said, language)


def _character(
    cid: str, name: str, parens: list[str], context: str, language: str, *, speaks: bool = True
) -> Character:
    is_narrator = name.upper() == NARRATOR
    traits = infer_traits(name, parentheticals=parens, context=context, language=language)
    return Character(
        id=cid,
        name=name.title() if name.isupper() else name,
        gender=traits.gender,  # type: ignore[arg-type]  # plain strings in the reader (see infer_traits)
        age=traits.age,  # type: ignore[arg-type]
        language=language,
        style="narrator" if is_narrator else "conversational",
        description=f"gender from {traits.gender_evidence}; age from {traits.age_evidence}"
        + ("" if speaks else "; present, silent"),
        gender_words=traits.gender_words,
        age_words=traits.age_words,
    )


def _without_names(body: str, cast: Iterable[Character]) -> str:
    """The scene's text with its people's names of several words put as "someone": the Town Mouse is no
    town, nor Field Marshal Brook a field (a name of one word may be a role that tells the place: a miller)."""
    for name in sorted({c.name for c in cast if c.name and len(c.name.split()) > 1}, key=len, reverse=True):
        body = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", "someone", body)
    return body


def _speech_quoted(body: str, lines: Sequence[_RawLine]) -> str:
    """The body with what the people say in quotes, as a published text sets it ("—Me dijo que vendría al
    puerto —contestó—" sets its speech between dashes, which the paragraph's action has lost): a place
    someone only speaks of is not where the narration puts them."""
    for line in lines:
        if line.speaker == NARRATOR or len(line.text) < 2:
            continue
        # the line as the paragraph has it, its verses on lines of their own
        said = re.search(r"\s+".join(map(re.escape, line.text.split())), body)
        if said and body[max(0, said.start() - 1) : said.start()] != "“":
            body = f"{body[: said.start()]}“{said.group(0)}”{body[said.end() :]}"
    return body


def _unsaid(body: str, lines: Sequence[_RawLine]) -> str:
    """The body less what its people say: one a line only speaks of ("don't go into the gardener's garden")
    is not in the scene (one a line calls by name comes back as a listener: presence.Hearing.prune)."""
    return re.sub(r"“[^“”]*”", " ", _speech_quoted(body, lines))


def _present(lines: list[Line], text: str, characters: dict[str, Character], language: str) -> list[str]:
    """Who is in the scene: its speakers (the narrator aside), then everyone its action (not its speech) names."""
    people = [ln.character_id for ln in lines if ln.character_id != "narrator"]
    for cid, character in characters.items():
        if cid != "narrator" and cid not in people and mentions_of(character.name, text, language):
            people.append(cid)
    return list(dict.fromkeys(people))


def film_language(texts: list[str], action: Sequence[str] = ()) -> str:
    """The language most lines are in: a Hindi film with one Sanskrit verse is a Hindi film. Languages
    that share an alphabet (Spanish and English, Hindi and Marathi) are told apart by all the words of
    the script together, action included: one short line says too little."""
    whole = detect_language(" ".join([*texts, *action]))
    if LANGUAGES.get(whole) and LANGUAGES[whole].script in ("latin", "cyrillic") or whole in ("mr", "ne"):
        return whole
    votes = Counter(detect_language(text) for text in texts)
    if votes["sa"] and sum(votes.values()) > 1 and votes["sa"] <= sum(votes.values()) / 2:
        votes["hi"] += votes.pop("sa")
    return votes.most_common(1)[0][0] if votes else "en"


def line_language(language: str, text: str) -> str:
    """The film's language, unless the line is written in another script (a Sanskrit verse in a
    Hindi film, an English line in a Tamil one): then the language that script suggests."""
    lang = LANGUAGES.get(language)
    script = dominant_script(text)
    if script == "devanagari" and looks_like_sanskrit(text):
        return "sa"
    if lang is None or lang.script == script:
        return language
    return detect_language(text)


def lines_by_id(lines: list[Line], line_id: str) -> Line:
    return next(ln for ln in lines if ln.id == line_id)


def _line_at(lines: list[Line], at: int) -> str | None:
    """The id of the line an action paragraph written after `at` lines comes before; None after the last."""
    return lines[at].id if at < len(lines) else None
