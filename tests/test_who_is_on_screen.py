"""Who stands in each shot: the people a sentence names or refers to, and those the scene has brought in
and who have not left; never one a line only speaks of, nor one who went elsewhere; and a line is seen
said by its own speaker, never over another character's face."""

from __future__ import annotations

from filmstudio.storyboard import Moment, Scene, Storyboard
from tests.staging_checks import moments, settled, staged


def _moment_of(board: Storyboard, words: str) -> Moment:
    return next(m for m in moments(board) if words in m.text)


def _scene_of(board: Storyboard, words: str) -> Scene:
    return next(s for s in board.scenes if any(words in m.text for m in s.moments))


def _on_screen(scene: Scene) -> set[str]:
    return {c for shot in scene.shots for c in shot.actors}


# -- 1. one a line only speaks of is not in the scene ------------------------------------------------------

WARNING = (
    "A mother rabbit lived in the wood with her children, Tim and Tess. One morning she said to them, "
    '"You may play in the field, but do not go into the gardener\'s garden." Tim and Tess nodded. '
    '"We will be good," said Tess.\n\n'
    "But Tim ran to the garden and hid among the lettuces. The gardener saw him. "
    '"Who is there?" cried the gardener. "Only me," said Tim.'
)


def test_one_a_mother_only_warns_of_is_not_in_her_scene() -> None:
    board = settled(staged(WARNING))
    wood = _scene_of(board, "said to them")
    assert "gardener" not in wood.people
    assert "gardener" not in _on_screen(wood)
    assert "gardener" not in _moment_of(board, "said to them").who
    garden = _scene_of(board, "The gardener saw him")
    assert {"gardener", "tim"} <= _on_screen(garden)  # where he is, he is seen


def test_an_animal_that_speaks_of_someone_does_not_bring_them() -> None:
    board = settled(
        staged(
            "A farmer kept a hen on his farm. One day the hen walked into the woods. There she met a fox. "
            '"Do not tell the farmer that you saw me," said the fox. "I will not," said the hen.'
        )
    )
    said = _moment_of(board, "Do not tell the farmer")
    assert said.who[0] == "fox" and "farmer" not in said.who
    assert "farmer" not in _on_screen(_scene_of(board, "Do not tell the farmer"))


# -- 2. one who stays behind is not where the other went ---------------------------------------------------


def test_one_who_stays_home_is_not_in_the_garden_the_other_ran_to() -> None:
    for sentence in ("Ann ran to the garden while Tom stayed home.", "Tom stayed home while Ann ran to the garden."):
        board = settled(staged(f"Tom and Ann lived in a little house. {sentence} Ann picked some strawberries."))
        assert _moment_of(board, "stayed home").who == ["ann"]
        garden = _scene_of(board, "picked some strawberries")
        assert "tom" not in _on_screen(garden)


def test_one_who_follows_the_other_goes_along() -> None:
    board = staged("Tom and Ann lived in a little house. Ann ran to the garden, and Tom followed her.")
    assert _moment_of(board, "followed").who == ["ann", "tom"]


def test_one_who_went_off_is_not_in_the_shots_at_home_after() -> None:
    board = settled(
        staged(
            "Tom and Ann lived with their mother in a little house. "
            '"I must go to the market," said their mother. "Be good while I am away." '
            'Then she went off to the market. "Let us bake a cake," said Ann. "Yes, let us," said Tom.'
        )
    )
    later = next(s for s in board.scenes if any(ln.text.startswith("Yes, let us") for ln in s.lines))
    assert "mother" not in _on_screen(later)


# -- 3. a line is seen said by its own speaker --------------------------------------------------------------

MEETING = (
    "A farmer was walking home through the woods when he met a fox. "
    '"Where are you going so early?" asked the farmer. "Home," said the fox. '
    '"Good luck to you on your way," said the farmer.'
)


def test_every_line_is_shown_with_its_speaker_on_screen() -> None:
    board = settled(staged(MEETING))
    drawn = {c.id for c in board.characters if c.drawn or c.animal}
    for scene in board.scenes:
        speakers = {ln.id: ln.character_id for ln in scene.lines}
        for shot in scene.shots:
            for line_id in shot.line_ids:
                speaker = speakers[line_id]
                if speaker in drawn:
                    assert speaker in shot.actors, (shot.id, speaker, shot.actors)


def test_an_animal_answering_a_person_is_seen_beside_them() -> None:
    board = settled(staged(MEETING))
    home = next(ln.id for sc in board.scenes for ln in sc.lines if ln.text == "Home,")
    answered = next(s for sc in board.scenes for s in sc.shots if home in s.line_ids)
    assert answered.actors[:1] == ["fox"] and "farmer" in answered.actors


def test_a_quote_after_its_speakers_attribution_stays_theirs_before_a_new_sentence() -> None:
    board = staged(
        'A farmer met a fox in the woods. "Where are you going?" asked the farmer. "Home," said the fox. '
        '"I am hungry." The farmer laughed. "Then go and catch a mouse," he said.'
    )
    said = [(ln.character_id, ln.text) for ln in board.lines()]
    assert ("fox", "I am hungry.") in said
    assert ("narrator", "The farmer laughed.") in said  # the story going on, not an attribution
    assert ("farmer", "Then go and catch a mouse,") in said
    laughed = _moment_of(board, "The farmer laughed")
    assert laughed.who[:1] == ["farmer"]
