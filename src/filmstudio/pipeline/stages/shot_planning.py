"""Steps of the first stage that turn the reading into a plan for the camera: the story staged into
moments (and scenes cut where it moves on), then each scene's shots."""

from __future__ import annotations

from filmstudio.animation.shots import plan_shots
from filmstudio.pipeline.contract import EngineKind, board
from filmstudio.pipeline.stage import StageContext
from filmstudio.script.staging import stage_story
from filmstudio.storyboard import Storyboard


class StageStory:
    label = "staging"
    reads = board("scenes", "characters")
    writes = board("scenes", "scenes.moments")
    uses: tuple[EngineKind, ...] = ()

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        stage_story(board)


class PlanShots:
    """Shots for every scene that has none yet (a storyboard may bring its own)."""

    label = "planning shots"
    reads = board("scenes.lines", "characters")
    writes = board("scenes.shots")
    uses: tuple[EngineKind, ...] = ()

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        off_screen = [c.id for c in board.characters if not c.drawn]
        for scene in board.scenes:
            if not scene.shots:
                scene.shots = plan_shots(scene.id, scene.lines, off_screen)
