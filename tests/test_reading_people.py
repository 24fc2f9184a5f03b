"""Who the reader casts from published prose, and their gender and age: one test per class of error
seen on the blind set (tests/corpus_blind), each on sentences written for it here."""

from __future__ import annotations

from filmstudio.script import parse_script
from filmstudio.script.people import listed_names
from filmstudio.script.persons import person_words


def _cast(text: str, filename: str = "story.txt") -> dict[str, tuple[str, str]]:
    board = parse_script(text, filename=filename)
    return {c.id: (c.gender, c.age) for c in board.characters if c.id != "narrator"}


def test_an_age_word_before_a_speaking_noun_is_part_of_who_speaks() -> None:
    """'said the old woman': the speaker is the old woman, never a character called "Old"."""
    cast = _cast("“Who knocks so late?” thought the old shepherd. “Only the wind,” said the old woman.")
    assert "old" not in cast
    assert cast["old_woman"] == ("female", "elderly")
    assert cast["old_shepherd"][1] == "elderly"


def test_what_stands_beside_a_possessive_describes_someone_else() -> None:
    """'the old Queen, the King's mother': the King is not old."""
    cast = _cast(
        "The King ruled the land. One day the old Queen, the King's mother, came to the hall. "
        "The King laughed. “Welcome, Mother!” said the King."
    )
    assert cast["king"][1] != "elderly"
    assert cast["old_queen"] == ("female", "elderly")


def test_a_title_of_address_tells_gender_to_the_one_spoken_to_and_no_age() -> None:
    """'It is, sir.' is said to the one who spoke last, whatever his age; 'Baking, madam.' too."""
    play = (
        "[A kitchen.]\n\n"
        "Percival.  Is the kettle on, Hobbs?\n\n"
        "Hobbs.  It is, sir.\n\n"
        "Winifred.  And the bread?\n\n"
        "Hobbs.  Baking, madam.\n\n"
        "Percival.  Splendid.\n\n"
        "Winifred.  Soon."
    )
    board = parse_script(play, filename="play.txt")
    percival, winifred = board.character("percival"), board.character("winifred")
    assert percival.gender == "male" and percival.age != "middle_aged"
    assert winifred.gender == "female" and winifred.age != "middle_aged"


def test_english_articles_give_no_gender() -> None:
    """'a goat': English 'a' is not Portuguese's feminine article."""
    cast = _cast(
        "A goat lived on a hill. A goat likes grass. The goat climbed the rocks. "
        "“What a view,” said the Goat. The Goat ate a flower."
    )
    assert cast["goat"][0] == "neutral"


def test_a_nouns_article_outweighs_a_pronoun_near_it() -> None:
    """'Le renard vit la fillette. Elle chantait.': the fox is masculine, whatever "elle" points at; a
    German "sie" may be "they"; a German diminutive is a little one, neuter."""
    assert _cast("Le renard vit la fillette au bois. Elle chantait. Le renard dit « Bonjour ». Le renard rit.")[
        "renard"
    ][0] == ("male")
    german = _cast(
        "Der Besen und die Schaufel gingen in den Garten. Der Besen sprach „Kommt mit!“ und sie folgten ihm. "
        "Der Besen fegte, und sie lachten. Das Entlein sah zu. Das Entlein sprach „Ich auch!“ und sie nickten."
    )
    assert german["besen"][0] == "male"
    assert german["entlein"] == ("neutral", "child")


def test_names_given_together_are_all_cast_with_the_age_told() -> None:
    """'three little kittens, and their names were Tib, Tab and Tom': three children, each cast."""
    assert listed_names("There were three old goats, whose names were Bill, Ben and Bob.") == [
        ("Bill", "elderly"),
        ("Ben", "elderly"),
        ("Bob", "elderly"),
    ]
    assert listed_names("Había dos niñas que se llamaban Ana y Pepa.", "es") == [("Ana", ""), ("Pepa", "")]
    cast = _cast(
        "Once there were three little kittens, and their names\nwere--\n\n   Tib,\n   Tab,\n   and Tom.\n\n"
        "Tom ran up the stairs."
    )
    assert {"tib", "tab", "tom"} <= set(cast)
    assert all(cast[k][1] == "child" for k in ("tib", "tab", "tom"))


def test_a_role_s_feminine_is_a_woman_in_the_languages_that_make_one() -> None:
    """molinera, pastora, Müllerin, bergère: the feminine of a known trade, derived, not listed."""
    assert person_words("es")["molinera"][0] == "female"
    assert person_words("es")["pastora"][0] == "female"
    assert person_words("de")["müllerin"][0] == "female"
    assert person_words("fr")["bergère"][0] == "female"
    assert person_words("it")["contadina"][0] == "female"
    assert "hexein" not in person_words("de")  # a feminine has no feminine
    cast = _cast("La pastora vivía en el monte. —Buenas tardes —dijo la pastora.")
    assert cast["pastora"][0] == "female"


def test_the_trades_of_a_folk_tale_are_people() -> None:
    """A miller, a tailor, a woodcutter: the village's trades and the court's ranks, in each language."""
    for language, words in {
        "en": "miller tailor woodcutter servant witch",
        "de": "müller schneider jäger diener hexe",
        "es": "molinero sastre leñador criado bruja",
        "fr": "meunier tailleur bûcheron serviteur sorcière",
        "it": "mugnaio sarto boscaiolo servo strega",
        "pt": "moleiro alfaiate lenhador criado bruxa",
    }.items():
        known = person_words(language)
        assert all(w in known for w in words.split()), language
    cast = _cast("Der Holzfäller ging in den Wald. Der Holzfäller sprach „Wie kalt es ist!“")
    assert cast["holzfäller"][0] == "male"


def test_a_german_compound_is_what_its_last_noun_is() -> None:
    """der Zwergenkönig is a king, der Oberjäger a hunter: German joins nouns into one word."""
    cast = _cast("Der Zwergenkönig saß im Berg. Der Zwergenkönig sprach „Wer kommt da?“ Der Oberjäger lachte.")
    assert cast["zwergenkönig"][0] == "male"


def test_a_pronoun_near_a_person_is_not_their_age_or_another_s_gender() -> None:
    """'A farmer, walking with his young daughter': the farmer is no child; 'TOM dances with his bride':
    Tom is no woman."""
    farmer = _cast(
        "A farmer, walking with his young daughter, came to the market. The farmer sold eggs. "
        "“Good eggs!” said the farmer."
    )["farmer"]
    assert farmer[1] != "child" and farmer[0] == "male"
    tom = _cast("INT. HALL - NIGHT\n\nTOM dances with his bride.\n\nTOM\nWhat a night.\n", "s.fountain")["tom"]
    assert tom[0] == "male"


def test_whoever_a_tale_introduces_is_in_it_though_named_once() -> None:
    """'In a valley lived an old fisherman. He ...': met once, then "he", and still the story's person
    (and a noun that ends a sentence is no title before the next one's first word)."""
    assert "old_fisherman" in _cast("In a valley lived an old fisherman. He mended nets all day and sang.")
    assert "alter_fischer" in _cast("In einem Tal wohnte ein armer alter Fischer. Er flickte den ganzen Tag Netze.")
    assert "pescador" in _cast("Había una vez un pescador muy pobre. Cada mañana remendaba sus redes.")
    # a person met once and not introduced is only talked about
    assert not {"fisherman", "old_fisherman"} & set(_cast("Tom walked to the sea and saw a fisherman. Tom went home."))


def test_german_adjectives_stand_between_an_article_and_its_noun() -> None:
    """'eine arme alte Frau': the article is hers, whatever describes her between them."""
    cast = _cast("Es war einmal eine arme alte Frau. Sie kochte Bohnen.")
    assert cast["alte_frau"] == ("female", "elderly")


def test_a_japanese_name_acts_before_it_is_cast() -> None:
    """A name that is never the topic or subject (は, が) is only talked about: "the tale I heard from
    old 太郎" is not 太郎's tale; and "Xというところ" (a place called X) or "Xという網" (a net) name no one."""
    story = (
        "これは、村の吉蔵というおじいさんからきいたお話です。吉蔵の話はおもしろいです。\n\n"
        "山田というところに、ちいさな池がありました。山田の池には、はりきりという網がありました。\n\n"
        "昔、一郎という子どもがいました。一郎は毎日池へ行きました。一郎は魚をとりました。"
    )
    cast = _cast(story, filename="hanashi.txt")
    assert "一郎" in cast
    assert not {"山田", "はりきり", "吉蔵"} & set(cast)


def test_a_name_joined_to_its_kind_is_that_animal() -> None:
    """'「平吉狐」という狐': the name and the word for its kind are one being, who speaks its lines; the
    brackets set the name, they do not quote anyone."""
    story = (
        "山の中に、「平吉狐」という狐がいました。平吉は、一人ぼっちの小狐でした。\n\n"
        "平吉は村へ出てきました。狐は「おなかがすいたなあ」と言いました。平吉は畑へ入りました。"
    )
    board = parse_script(story, filename="kitsune.txt")
    cast = {c.id: c for c in board.characters if c.id != "narrator"}
    assert set(cast) == {"平吉"}
    assert cast["平吉"].animal == "fox"
    said = [(line.character_id, line.text) for scene in board.scenes for line in scene.lines]
    assert ("平吉", "おなかがすいたなあ") in said
    assert not any(text == "平吉狐" for _, text in said)


def test_a_capital_after_a_colon_opens_what_is_said() -> None:
    """'lui cria: Ouvre la porte': the imperative opening the words cried is nobody's name."""
    cast = _cast(
        "Marie arriva chez sa tante. Marie frappa à la porte. La tante lui cria: Pousse la porte, elle est "
        "ouverte. Marie entra. La tante lui dit encore: Pousse la chaise près du feu."
    )
    assert "pousse" not in cast and "marie" in cast
