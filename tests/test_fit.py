"""A story at the length asked: abridged to its spine or split into episodes, from the reading of
published texts (tests/corpus_blind), through the CLI and the API on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from filmstudio.app import create_app
from filmstudio.cli.main import cli
from filmstudio.errors import DurationTooShort
from filmstudio.film_request import FilmRequest
from filmstudio.pipeline import timing
from filmstudio.script import parse_script
from filmstudio.script.fit import FASTER, abridge, episodes, estimate, main_characters
from tests.helpers import assert_error
from tests.jobs_helpers import API, generate, ledger, user_with_project, wait_for
from tests.media_checks import ffprobe

BLIND = Path(__file__).parent / "corpus_blind"
STORIES = [
    "fox_and_horse.en.txt",
    "town_mouse_country_mouse.en.txt",
    "real_princess.en.txt",
    "grimm_wolf_sieben_geislein.de.txt",
    "perrault_petit_chaperon_rouge.fr.txt",
]


def _story(name: str):  # type: ignore[no-untyped-def]
    return parse_script((BLIND / name).read_text(encoding="utf-8"), filename=name)


@pytest.mark.parametrize("name", STORIES)
def test_an_abridged_story_fits_and_keeps_its_spine(name: str) -> None:
    board = _story(name)
    lines = [ln.text for ln in board.lines()]
    main = main_characters(board)
    result = abridge(board, 60)
    assert result.seconds <= 60 * FASTER and estimate(board.scenes) == result.seconds
    kept = [ln.text for ln in board.lines()]
    assert kept[0] == lines[0] and kept[-1] == lines[-1]  # its opening and its ending
    remaining = iter(lines)
    assert all(any(t == u for u in remaining) for t in kept)  # in the story's order
    assert len(kept) + len(result.cut) == len(lines) and result.cut
    told = " ".join(kept).lower()
    for character in main:  # its main characters are still there: named or speaking
        assert character.name.lower() in told or any(ln.character_id == character.id for ln in board.lines())
    assert board.analysis["abridged"].startswith("kept ") and all(s.lines for s in board.scenes)


def test_a_chanted_verse_is_kept_or_cut_whole() -> None:
    board = _story("fox_and_horse.en.txt")
    verse = board.scenes[1].lines
    for line in verse:
        line.chant = True
    abridge(board, 45)
    left = [ln for ln in board.lines() if ln.chant]
    assert len(left) in (0, len(verse))


@pytest.mark.parametrize("name", STORIES)
def test_episodes_tell_the_whole_story_in_order_each_within_the_length(name: str) -> None:
    board = _story(name)
    parts = episodes(board, 60)
    assert len(parts) >= 2
    assert [ln.text for p in parts for ln in p.lines()] == [ln.text for ln in board.lines()]
    for n, part in enumerate(parts, start=1):
        assert estimate(part.scenes) <= 60 * FASTER
        assert part.title == f"{board.title} — Part {n} of {len(parts)}"
        spoken = {ln.character_id for ln in part.lines()}
        assert spoken <= {c.id for c in part.characters}


def test_the_refusal_offers_both_ways_to_fit() -> None:
    board = _story("fox_and_horse.en.txt")
    with pytest.raises(DurationTooShort) as caught:
        timing.check_estimate(board, 30)
    assert "abridge" in caught.value.message and "episodes" in caught.value.message
    assert caught.value.details["fit"] == ["abridge", "episodes"]


def test_the_cli_abridges_and_splits_into_episodes(tmp_path: Path) -> None:
    story = BLIND / "brick_and_steel.en.fountain"  # a published screenplay sample, 63 s as written
    runner = CliRunner()
    short = runner.invoke(cli, ["render", str(story), "--duration", "20", "--out", str(tmp_path / "a.mp4")])
    assert short.exit_code == 2 and "abridge" in short.output
    abridged = runner.invoke(
        cli,
        [
            "render",
            str(story),
            "--duration",
            "20",
            "--fit",
            "abridge",
            "--out",
            str(tmp_path / "a.mp4"),
            "--storyboard",
            str(tmp_path / "a.json"),
        ],
    )
    assert abridged.exit_code == 0, abridged.output
    assert 18.5 <= float(ffprobe(tmp_path / "a.mp4")["format"]["duration"]) <= 20.5
    assert "abridged" in (tmp_path / "a.json").read_text(encoding="utf-8")
    split = runner.invoke(
        cli,
        [
            "render",
            str(story),
            "--duration",
            "45",
            "--fit",
            "episodes",
            "--out",
            str(tmp_path / "e.mp4"),
            "--storyboard",
            str(tmp_path / "e.json"),
        ],
    )
    assert split.exit_code == 0, split.output
    films = sorted(tmp_path.glob("e.part*.mp4"))
    assert len(films) == 2 and "Part 1 of 2" in split.output and "Part 2 of 2" in split.output
    for film in films:
        assert float(ffprobe(film)["format"]["duration"]) <= 45.5
    assert "Part 2 of 2" in (tmp_path / "e.part2.json").read_text(encoding="utf-8")


def _grant(settings, email: str, amount: int) -> None:  # type: ignore[no-untyped-def]
    """Credits, on the Pro plan: the fable's wolf and lamb both speak, more voices than Free allows."""
    from sqlalchemy import select

    from filmstudio.credits.service import adjust
    from filmstudio.db.session import session_factory, session_scope
    from filmstudio.models import User

    with session_scope(session_factory(settings)) as session:
        user = session.scalar(select(User).where(User.email == email))
        user.tier = "pro"
        adjust(session, user.user_id, amount, reason="episodes test", by=user.user_id)


@pytest.fixture
def studio(db_settings):  # type: ignore[no-untyped-def]
    app = create_app(db_settings, migrate=False, workers=True)
    with TestClient(app) as client:
        yield client, db_settings


@pytest.mark.slow
def test_the_api_previews_abridges_and_makes_a_series_charged_per_part(studio) -> None:  # type: ignore[no-untyped-def]
    client, settings = studio
    script = (BLIND / "lafontaine_loup_agneau.fr.txt").read_text(encoding="utf-8")  # 93 s as written
    auth, project_id = user_with_project(client, duration=45, script=script)
    refused = client.post(
        f"{API}/storyboard/preview", headers=auth["headers"], json={"script": script, "settings": {"duration": 45}}
    )
    assert_error(refused, 422, "INVALID_INPUT")
    assert "episodes" in refused.json()["error"]["message"]

    preview = client.post(
        f"{API}/storyboard/preview",
        headers=auth["headers"],
        json={"script": script, "settings": {"duration": 45, "fit": "abridge"}},
    ).json()
    assert preview["fit"]["mode"] == "abridge" and preview["fit"]["cut"] and preview["fit"]["parts"] == 1
    series = client.post(
        f"{API}/storyboard/preview",
        headers=auth["headers"],
        json={"script": script, "settings": {"duration": 45, "fit": "episodes"}},
    ).json()
    parts = series["fit"]["parts"]
    assert parts >= 2 and series["estimated_credits"] == parts * preview["estimated_credits"]

    short = client.post(
        f"{API}/projects/{project_id}/generate", headers=auth["headers"], json={"settings": {"fit": "episodes"}}
    )
    assert_error(short, 402, "INSUFFICIENT_CREDITS")  # every part is paid for, or none is made (on any plan)
    assert short.json()["error"]["details"]["parts"] == parts
    _grant(settings, "maker@example.com", 20)
    accepted = generate(client, auth, project_id, fit="episodes")
    assert [e["part"] for e in accepted["episodes"]] == list(range(1, parts + 1))
    assert accepted["credits_deducted"] == parts * preview["estimated_credits"]
    titles = []
    for episode in accepted["episodes"]:
        job = wait_for(client, auth, episode["job_id"], timeout=240)
        assert job["status"] == "completed", job
    charged = [amount for kind, amount in ledger(settings, "maker@example.com") if kind == "deduction"]
    assert len(charged) == parts
    for episode in accepted["episodes"]:
        film = client.get(f"{API}/jobs/{episode['job_id']}/download", headers=auth["headers"]).json()
        assert film["duration"] <= 45.5
        titles.append(episode["part"])
    assert titles == sorted(titles)
    assert FilmRequest.from_settings({"fit": "episodes", "part": 2}).part == 2


def test_a_configured_model_retells_the_abridged_narration(tmp_path: Path, cache_dir: Path) -> None:
    from filmstudio.config import Settings
    from filmstudio.render import analyse, load_storyboard
    from tests.llm_servers import OPENAI_KEY, OpenAIServer

    with OpenAIServer() as server:
        settings = Settings(
            data_dir=tmp_path,
            cache_dir=cache_dir,
            openai_api_key=OPENAI_KEY,
            llm_engine="openai",
            openai_base_url=f"{server.url}/v1",
            openai_model="gpt-test",
        )
        request = FilmRequest(duration=60, fit="abridge", llm_engine="openai")
        board = analyse(load_storyboard(BLIND / "fox_and_horse.en.txt", request, settings), request, settings=settings)
        assert board.analysis["abridged_by"] == "llm:openai:gpt-test"
        narration = [ln.text for ln in board.lines() if ln.character_id == "narrator"]
        assert narration and all(len(t.split()) <= 6 for t in narration)  # the model's retelling
        quoted = [ln.text for ln in board.lines() if ln.character_id != "narrator"]
        assert any(len(t.split()) > 6 for t in quoted)  # the characters' own words stay
        for _ in range(2):  # the reading asks first, then the abridgement: neither answer will do
            server.answer(data={"lines": [{"index": 0, "text": "Only one line back."}]})
        board = analyse(
            load_storyboard(BLIND / "fox_and_horse.en.txt", request, settings),
            request,
            settings=settings.model_copy(update={"llm_max_retries": 0}),
        )
        assert board.analysis["abridged_by"] == "rules" and "every narrator line" in board.analysis["abridge_llm_error"]


def test_an_episode_publishes_after_the_one_before_it(db_settings) -> None:  # type: ignore[no-untyped-def]
    import threading
    import uuid

    from filmstudio.db.session import session_factory, session_scope
    from filmstudio.jobs.service import earlier_part_busy
    from filmstudio.models import Job
    from filmstudio.worker.job_steps import wait_for_earlier_part

    script = (BLIND / "lafontaine_loup_agneau.fr.txt").read_text(encoding="utf-8")
    with TestClient(create_app(db_settings, migrate=False, workers=False)) as client:
        auth, project_id = user_with_project(client, duration=45, script=script)
        _grant(db_settings, "maker@example.com", 20)
        first, second = (uuid.UUID(e["job_id"]) for e in generate(client, auth, project_id, fit="episodes")["episodes"])
    sessions = session_factory(db_settings)
    with session_scope(sessions) as session:
        assert earlier_part_busy(session, session.get(Job, second))  # part 1 is still queued
        assert not earlier_part_busy(session, session.get(Job, first))
    assert wait_for_earlier_part(sessions, second, threading.Event(), limit=0.5) is False  # waited, then gave up
    with session_scope(sessions) as session:
        session.get(Job, first).status = "completed"
    assert wait_for_earlier_part(sessions, second, threading.Event(), limit=5.0) is True
