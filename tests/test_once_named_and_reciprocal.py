"""People named once as the doer of a sentence are cast; a list of doers keeps all its names; "they" with a
reciprocal verb is those the story follows; an owner's name ("Berta's dog") is not the doer."""

from __future__ import annotations

import pytest

from filmstudio.script import parse_script
from filmstudio.script.once_named import once_named_subjects
from tests.staging_checks import moments, staged


def _cast(text: str) -> set[str]:
    return {c.id for c in parse_script(text).characters} - {"narrator"}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Ines, Bram and Tove walked to the harbour. The boats were painted blue.", {"ines", "bram", "tove"}),
        ("Ann sat on the bench with a book. The park was quiet.", {"ann"}),
        ("Then Olek opened the gate and the goats ran out.", {"olek"}),
        ("Quietly Sven closed the door.", {"sven"}),
        ("Every morning Dario fed the hens.", {"dario"}),
        ("Yesterday Mila baked bread. It smelled good.", {"mila"}),
        ("Rosa said nothing at all.", {"rosa"}),
        ("Hanna whispered to the cat.", {"hanna"}),
    ],
)
def test_a_name_met_once_as_the_doer_is_cast(text: str, people: set[str]) -> None:
    assert people <= _cast(text)


@pytest.mark.parametrize(
    "text",
    [
        "Suddenly the rain came. The street was empty.",
        "Suddenly came the storm. The sky went black.",
        "London was grey. A cold wind blew.",
        "Monday came. The shop opened late.",
        "However the road was long. Nobody came.",
        "The fog lay over Port Elder. Ships waited in the bay.",
        "The boat sailed from Port Elder at dawn.",
        "Smoke rose from the chimney.",
        "Silence followed. Nothing moved.",
        "Footsteps echoed in the hall.",
        "Meanwhile the soup boiled.",
        "Christmas came early that year.",
        "Water dripped from the roof.",
        # only in what someone says: talked about, not met
        '"Grandpa Karel said we could stay," whispered the boy to the dog.',
    ],
)
def test_a_capital_that_names_no_one_is_not_cast(text: str) -> None:
    assert _cast(text) <= {"boy", "dog"}


def test_only_english_reads_once_named_doers() -> None:
    assert once_named_subjects("Olek öffnete das Tor.", "de") == []
    assert once_named_subjects("Olek opened the gate.", "en") == ["Olek"]


def test_a_list_of_doers_keeps_every_name() -> None:
    board = staged("Tom and Anna walked into the kitchen. Tom and Anna looked at each other.")
    assert [set(m.who) for m in moments(board)] == [{"tom", "anna"}, {"tom", "anna"}]


@pytest.mark.parametrize(
    "second",
    [
        "They embraced.",
        "They kissed.",
        "They shook hands.",
        "They looked at one another.",
        "They looked at each other.",
    ],
)
def test_they_with_a_reciprocal_verb_is_the_pair_followed(second: str) -> None:
    board = staged(f"Jonas and Petra met at the station. {second}")
    assert set(moments(board)[-1].who) == {"jonas", "petra"}


def test_an_owners_name_is_not_the_doer() -> None:
    board = staged("Berta walked into the yard. Berta's dog chased the cats. The dog ran away.")
    chase = moments(board)[1]
    assert chase.who[0] == "dog" and chase.verb == "chase"


def test_an_owned_being_that_acts_is_cast_without_its_owner() -> None:
    board = staged("Berta's dog chased the cats in the yard. The dog barked.")
    assert {c.id for c in board.characters} - {"narrator"} == {"dog"}
    assert moments(board)[0].who == ["dog"]


def test_an_owner_met_only_as_owner_is_not_in_the_shot() -> None:
    chase, laugh = moments(staged("Kasia's goat jumped over the fence. Kasia laughed."))
    assert (chase.who, chase.verb) == (["goat"], "jump")
    assert laugh.who == ["kasia"]


def test_an_owner_already_there_stays_beside_what_is_theirs() -> None:
    board = staged("The king sat on his throne. The king's horse jumped over the fence.")
    jump = moments(board)[-1]
    assert (jump.who, jump.verb) == (["horse", "king"], "jump")
