"""Where a scene's people are, sentence by sentence, where a sentence takes them somewhere without naming a
place the tables read: up a tree or down a pit and back (script/heights.py), out of doors and in again, onto
the way between places (script/doors.py). script/staging.py keeps one of these per scene as it reads its
sentences in order, and cuts the scene where the place or its side (inside, outside) changes."""

from __future__ import annotations

from dataclasses import dataclass

from filmstudio.script.doors import WAYS, coming_in, going_out, inside_of, leaving, on_the_way, outside_of
from filmstudio.script.heights import HEIGHTS, back_down, height_place
from filmstudio.storyboard import Moment


@dataclass
class Whereabouts:
    setting: str
    inside: bool
    ground: str | None = None  # where they stood before going up a tree or down a pit
    indoors: str | None = None  # the inside place they last went out of

    def follow(self, moment: Moment, language: str) -> bool | None:
        """Set the moment's place where its sentence takes its people up or down, out or in, or onto the way,
        and say on which side they are then (True: inside); None where it does not move them so."""
        text, verb = moment.text, moment.verb
        height = height_place(text, language, verb)
        if height is not None:
            if height[0] != self.setting:
                self.ground = self.setting if self.setting not in HEIGHTS else self.ground
            moment.place, moment.place_words = height
            return False
        if self.setting in HEIGHTS and height is None:
            down = back_down(text, language, verb, self.setting)
            if down is not None and not moment.place:  # "climbed down again": where they were below
                moment.place, moment.place_words = self.ground or "landscape", down
                return None
        if moment.place:  # a place named, or out of doors (script/moves.py): the tables have it
            if self.inside and moment.place != self.setting:
                self.indoors = self.setting  # "came back in" goes back there
            return None
        out = going_out(text, language, verb) if self.inside else None
        if out is not None:
            self.indoors = self.setting
            moment.place, moment.place_words = outside_of(self.setting), out
            return False
        back_in = coming_in(text, language, verb) if not self.inside else None
        if back_in is not None:
            known = self.indoors if self.indoors and outside_of(self.indoors) == self.setting else None
            inside = known or inside_of(self.setting)
            if inside is not None:
                moment.place, moment.place_words = inside, back_in
                return True
        gone = leaving(text, language, verb)
        if gone is not None and self.setting not in WAYS:  # "left the castle": on the road; "the kitchen": out
            moment.place, moment.place_words = (outside_of(self.setting) if gone[1] else "road"), [gone[0]]
            return False
        way = on_the_way(text, language) if self.setting not in WAYS and self.setting not in HEIGHTS else None
        if way is not None:
            moment.place, moment.place_words = "road", way
            return False
        return None
