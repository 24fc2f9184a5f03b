"""A fable's moral, a proverb, the narrator's comment: staged with the story's main characters at rest in
the last place (or, where nobody of the story can be drawn, as a title card), never as an empty view of
the place under the subtitle. A sentence about someone of the story is no moral, and a title line read
aloud at the top is a title card. The fables are our own."""

from __future__ import annotations

import pytest

from filmstudio.script.morals import generic_subject, in_the_past, is_label, moral_label
from tests.staging_checks import moments, settled, staged

TORTOISE = """A Hare boasted to the Tortoise that nobody ran faster. The Tortoise laughed and challenged him to a race. \
The Hare ran far ahead on the road. Then the Hare lay down under a tree and fell asleep. The Tortoise walked on \
slowly and never stopped. When the Hare woke, the Tortoise was already at the finish.

Moral: Slow and steady wins the race."""

FLATTERER = """A Crow sat on a branch with a piece of cheese in her beak. A Fox came by and looked up at the Crow. \
The Fox praised her lovely feathers and her sweet voice. The Crow opened her beak to sing, and the cheese fell. \
The Fox snapped up the cheese and ran off into the wood. Those who flatter live at the expense of those who listen."""

FABLES = {
    "fr": (
        "Un Agneau buvait au bord d'un ruisseau. Un Loup arriva et cria contre l'Agneau. L'Agneau trembla et "
        "répondit doucement. Le Loup ne l'écouta pas. Le Loup emporta l'Agneau dans la forêt.\n\n"
        "Moralité : Qui menace les petits finit seul.",
        {"loup", "agneau"},
    ),
    "es": (
        "Durante el verano, la Hormiga trabajaba sin descanso en el campo. La Cigarra cantaba todo el día bajo un "
        "árbol. La Cigarra se reía de la Hormiga. Llegó el invierno y la Cigarra tuvo hambre. La Cigarra llamó a la "
        "puerta de la Hormiga. La Hormiga no le abrió la puerta.\n\n"
        "Moraleja: Quien no trabaja en verano pasa hambre en invierno.",
        {"hormiga", "cigarra"},
    ),
    "de": (
        "Der Fuchs lud den Storch zum Essen ein. Der Fuchs servierte die Suppe auf einem flachen Teller. Der Storch "
        "konnte nichts essen. Am nächsten Tag lud der Storch den Fuchs ein. Der Fuchs ging hungrig nach Hause.\n\n"
        "Moral der Geschichte: Wer andern eine Grube gräbt, fällt selbst hinein.",
        {"fuchs", "storch"},
    ),
    "hi": (
        "घने वन में शेरू नाम का एक शेर था। एक दिन चिंटू नाम का चूहा शेरू के ऊपर दौड़ने लगा। शेरू जाग गया और उसने "
        "चिंटू को पकड़ लिया। शेरू ने चिंटू को छोड़ दिया। कुछ दिन बाद शेरू एक जाल में फँस गया। चिंटू ने जाल काट दिया।\n\n"
        "शिक्षा: कोई भी छोटा नहीं होता।",
        {"शेरू", "चिंटू"},
    ),
    "ja": (
        "ある日、ウサギのピョンが友だちを笑いました。ピョンは速く走りました。ピョンは木の下で寝てしまいました。\n\n"
        "教訓：ゆっくりでも着実に進む者が勝つ。",
        {"ピョン"},
    ),
    "ru": (
        "Ворона сидела на ели с куском сыра. Лисица подошла к дереву. Лисица долго хвалила Ворону. Ворона "
        "каркнула, и сыр упал. Лисица схватила сыр и убежала в лес.\n\n"
        "Мораль: льстец всегда живёт за счёт того, кто его слушает.",
        {"ворона"},
    ),
}


# -- what a moral is -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Moral: Slow and steady wins the race."),
        ("en", "The moral of the story is that pride comes before a fall."),
        ("fr", "Moralité : Qui menace les petits finit seul."),
        ("es", "Moraleja: Quien mucho abarca poco aprieta."),
        ("it", "Morale della favola: chi va piano va sano e va lontano."),
        ("pt", "Moral da história: Quem tudo quer tudo perde."),
        ("de", "Moral der Geschichte: Hochmut kommt vor dem Fall."),
        ("ru", "Мораль: тише едешь — дальше будешь."),
        ("hi", "शिक्षा: लालच बुरी बला है।"),
        ("hi", "सीख: मेहनत का फल मीठा होता है।"),
        ("ja", "教訓：急がば回れ。"),
        ("zh", "寓意：骄傲使人落后。"),
    ],
)
def test_a_moral_is_known_by_its_label_in_every_language(language: str, text: str) -> None:
    assert moral_label(text, language)


def test_a_word_that_begins_like_a_label_is_no_label() -> None:
    assert moral_label("Moralists were everywhere in the town.", "en") is None
    assert moral_label("The Hare ran.", "en") is None
    assert is_label("Moral") and is_label("शिक्षा") and is_label("教訓") and not is_label("Maria")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "He who laughs last laughs best."),
        ("en", "Those who flatter live at the expense of those who listen."),
        ("fr", "Celui qui flatte vit aux dépens de celui qui l'écoute."),
        ("es", "Quien no trabaja en verano pasa hambre en invierno."),
        ("de", "Wer andern eine Grube gräbt, fällt selbst hinein."),
        ("ru", "Кто рано встаёт, тому Бог подаёт."),
        ("it", "Chi dorme non piglia pesci."),
        ("pt", "Quem espera sempre alcança."),
    ],
)
def test_a_generic_subject_speaks_of_anyone_and_in_the_present(language: str, text: str) -> None:
    assert generic_subject(text, language) and not in_the_past(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Fox ran off into the wood."),
        ("fr", "Le Loup emporta l'Agneau dans la forêt."),
        ("es", "La Cigarra cantaba todo el día."),
        ("de", "Der Fuchs ging hungrig nach Hause."),
        ("ru", "Волк убежал в лес."),
        ("hi", "शेर ने चूहे को छोड़ दिया।"),
        ("ja", "カメが先に着きました。"),
    ],
)
def test_a_told_event_is_in_the_past(language: str, text: str) -> None:
    assert in_the_past(text, language)


# -- how it is staged ------------------------------------------------------------------------------------


def test_the_moral_shows_the_main_characters_in_the_last_place() -> None:
    board = staged(TORTOISE)
    moral = moments(board)[-1]
    assert moral.text.startswith("Moral:")
    assert set(moral.who) == {"hare", "tortoise"} and moral.general
    assert moral.verb == "stand" and not moral.props and moral.place is None
    last, before = board.scenes[-1], board.scenes[-2]
    assert (last.setting, last.time_of_day, last.weather) == (before.setting, before.time_of_day, before.weather)


@pytest.mark.parametrize("language", sorted(FABLES))
def test_a_labelled_moral_shows_the_main_characters_in_every_language(language: str) -> None:
    text, main = FABLES[language]
    board = staged(text, language)
    assert all(c.name.lower() not in ("moral", "शिक्षा", "教訓") for c in board.characters)  # no speaker "Moral"
    moral = moments(board)[-1]
    assert moral_label(moral.text, language)
    assert moral.general and set(moral.who) == main, (moral.who, [c.id for c in board.characters])
    assert board.scenes[-1].setting == board.scenes[-2].setting != "title_card"


def test_a_closing_proverb_without_a_label_shows_them_too() -> None:
    moral = moments(staged(FLATTERER))[-1]
    assert moral.general and set(moral.who) == {"fox", "crow"}


def test_the_moral_is_shot_wide_with_its_people_on_screen() -> None:
    board = settled(staged(FLATTERER))
    moral = moments(board)[-1]
    shots = [sh for s in board.scenes for sh in s.shots if sh.moment == moral.id]
    assert shots and shots[0].kind in ("wide", "establishing")
    assert set(shots[0].actors) == {"fox", "crow"}


def test_a_sentence_about_a_character_is_no_moral() -> None:
    board = staged(
        "A Hare lived in a meadow near a Tortoise. The Hare laughed at the Tortoise every day. "
        "The Hare, who was proud, laughed. One morning the Tortoise challenged the Hare to a race."
    )
    proud = next(m for m in moments(board) if m.text.startswith("The Hare, who"))
    assert not proud.general and proud.who == ["hare"] and proud.expression == "laugh"
    assert not any(m.general for m in moments(board))


def test_a_closing_description_in_the_past_stays_a_view_of_the_place() -> None:
    board = staged("The Fox ran into the wood with the cheese. Night fell over the quiet valley.")
    last = moments(board)[-1]
    assert not last.general and not last.who


def test_a_proverb_in_the_middle_shows_the_ones_the_story_follows() -> None:
    board = staged(
        "A Hare lived in a meadow near a Tortoise. The Hare laughed at the Tortoise every day. "
        "Pride goes before a fall, as the saying goes. One morning the Tortoise challenged the Hare to a race."
    )
    proverb = next(m for m in moments(board) if m.text.startswith("Pride"))
    assert proverb.general and set(proverb.who) == {"hare", "tortoise"}


def test_a_moral_nobody_of_the_story_can_act_is_a_title_card_of_its_own() -> None:
    board = staged(
        "Once, a great storm came over the valley. The rivers rose and the fields were flooded. "
        "In spring the flowers grew again on the hills. After every storm comes the calm."
    )
    card = board.scenes[-1]
    assert card.setting == "title_card" and [ln.text for ln in card.lines] == ["After every storm comes the calm."]
    assert not card.things and not card.people and all(not m.who for m in card.moments)
    assert board.scenes[-2].setting != "title_card" and len(board.scenes[-2].lines) == 3
    assert [s.id for s in board.scenes] == [f"s{n}" for n in range(1, len(board.scenes) + 1)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Tortoise and the Hare.\n\nA Hare boasted to the Tortoise. The Tortoise challenged the Hare.", "en"),
        ("The Boy Who Cried Wolf.\n\nA shepherd boy watched the sheep. The boy ran to the village.", "en"),
        ("शेर और चूहा।\n\nघने वन में शेरू नाम का एक शेर था। शेरू पेड़ के नीचे सो गया।", "hi"),
    ],
)
def test_a_title_line_read_at_the_top_is_a_title_card(text: str, language: str) -> None:
    board = staged(text, language)
    first = board.scenes[0]
    assert first.setting == "title_card" and len(first.lines) == 1 and not first.moments[0].who
    assert board.scenes[1].setting != "title_card"


def test_an_opening_line_that_sets_the_scene_is_no_title() -> None:
    board = staged("A cold winter morning.\n\nA Hare boasted to the Tortoise. The Tortoise challenged the Hare.")
    assert board.scenes[0].setting != "title_card"
