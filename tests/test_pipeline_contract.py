"""The stage list is the one source of a job's steps, and a runner whose stages read what nothing before
them writes is refused when it is built."""

from __future__ import annotations

import pytest

from filmstudio.jobs.service import STEPS
from filmstudio.pipeline.runner import Runner, check_order
from filmstudio.pipeline.stages import PUBLISH_STEPS, default_stages


def test_job_steps_come_from_the_stage_list() -> None:
    stages = default_stages()
    assert [s.name for s in STEPS] == [s.name for s in stages] + list(PUBLISH_STEPS)
    assert abs(sum(s.weight for s in STEPS) - 1.0) < 1e-9
    assert [s.on_request for s in STEPS] == [False] * len(stages) + [True] * len(PUBLISH_STEPS)


def test_the_default_stages_are_in_an_order_that_satisfies_their_reads() -> None:
    check_order(default_stages())


def test_a_stage_reading_what_nothing_wrote_is_refused_at_construction() -> None:
    stages = default_stages()
    swapped = [stages[0], stages[3], stages[1], stages[2], *stages[4:]]  # lipsync before voices
    with pytest.raises(ValueError, match="lipsync.*lines.audio"):
        Runner(swapped)
    with pytest.raises(ValueError, match="video_composition"):
        Runner(stages[:-3] + stages[-1:])  # no subtitles, no music before the film


def test_every_stage_path_resolves_against_the_storyboard_and_a_wrong_one_fails_at_import() -> None:
    from filmstudio.pipeline.contract import FILES, ContractError, board, files, resolve

    for stage in default_stages():
        for path in (*stage.reads, *stage.writes):
            if path.startswith("files."):
                assert path.removeprefix("files.") in FILES, (stage.name, path)
            else:
                resolve(path)  # through lists and optional models: scenes.lines.audio, scenes.shots.actors
    with pytest.raises(ContractError, match="music has no field .style."):
        board("music.style")  # what two stages once read: Music has `genre`
    with pytest.raises(ContractError, match="'lines'"):
        board("lines.audio")  # lines live in scenes
    with pytest.raises(ContractError, match="no such film file: poster"):
        files("poster")


def test_a_stage_gets_only_the_engines_it_declares(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from filmstudio.cache import AssetCache
    from filmstudio.config import Settings
    from filmstudio.engines.registry import get_registry
    from filmstudio.film_request import FilmRequest
    from filmstudio.pipeline.contract import ContractError
    from filmstudio.pipeline.stage import StageContext
    from filmstudio.storyboard import Storyboard

    class Sneaky:
        name, weight = "sneaky", 1.0
        reads: tuple[str, ...] = ()
        writes: tuple[str, ...] = ()
        uses = ("music",)

        def run(self, board: Storyboard, ctx: StageContext) -> None:
            ctx.engine("music")  # declared: fine
            ctx.engine("image")  # not declared

    settings = Settings(data_dir=tmp_path)
    ctx = StageContext(
        settings=settings,
        registry=get_registry(),
        cache=AssetCache(tmp_path / "cache"),
        request=FilmRequest(),
        work_dir=tmp_path,
    )
    with pytest.raises(ContractError, match="'sneaky' asks for a image engine"):
        Runner([Sneaky()], inputs=()).run(Storyboard(), ctx)
    assert ctx.uses is None and ctx.engine("image") is not None  # outside a runner, nothing is checked


def test_a_stage_made_of_steps_takes_its_contract_from_them_and_each_step_gets_only_its_engines(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from filmstudio.cache import AssetCache
    from filmstudio.config import Settings
    from filmstudio.engines.registry import get_registry
    from filmstudio.film_request import FilmRequest
    from filmstudio.pipeline.contract import ContractError, board
    from filmstudio.pipeline.stage import StageContext
    from filmstudio.pipeline.stages.script_analysis import ScriptAnalysisStage
    from filmstudio.pipeline.steps import reads_of, run_steps, uses_of, writes_of
    from filmstudio.storyboard import Storyboard

    stage = ScriptAnalysisStage()
    labels = [step.label for step in stage.steps]
    assert labels.index("casting voices") > labels.index("settling the music") > labels.index("staging")
    assert {"characters.voice", "scenes.shots", "scenes.moments", "music.genre"} <= set(stage.writes)
    assert set(stage.uses) == {"tts", "llm", "music"}

    class Writes:
        label, uses = "writes", ("music",)
        reads: tuple[str, ...] = board("scenes")
        writes: tuple[str, ...] = board("music.genre")

        def run(self, board: Storyboard, ctx: StageContext) -> None:
            ctx.engine("music")

    class ReadsIt:
        label, uses = "reads", ()
        reads: tuple[str, ...] = board("music.genre", "characters")
        writes: tuple[str, ...] = ()

        def run(self, board: Storyboard, ctx: StageContext) -> None:
            ctx.engine("music")  # the step before may; this one did not declare it

    steps = (Writes(), ReadsIt())
    assert reads_of(steps) == ("scenes", "characters")  # music.genre is written inside
    assert writes_of(steps) == ("music.genre",) and uses_of(steps) == ("music",)
    ctx = StageContext(
        settings=Settings(data_dir=tmp_path),
        registry=get_registry(),
        cache=AssetCache(tmp_path / "cache"),
        request=FilmRequest(),
        work_dir=tmp_path,
    )
    with pytest.raises(ContractError, match="asks for a music engine but declares only \\(\\)"):
        run_steps(steps, Storyboard(), ctx)
    assert ctx.uses is None  # the stage's own declaration is back
