"""The first stage's last step: a voice for every character who speaks (the silent need none), chosen
among the installed voices by measured clarity in the character's language, and each drawn look
matched to its voice."""

from __future__ import annotations

from filmstudio.animation.looks import assign_looks
from filmstudio.engines.tts.casting import cast_voices
from filmstudio.engines.tts.voices import installed_voices
from filmstudio.pipeline.contract import EngineKind, board
from filmstudio.pipeline.stage import StageContext
from filmstudio.storyboard import Storyboard


class CastVoices:
    label = "casting voices"
    reads = board("characters", "scenes.lines")
    writes = board("characters.voice", "characters.look")
    uses: tuple[EngineKind, ...] = ("tts",)

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        speaking = {line.character_id for line in board.lines()}
        to_cast = [c for c in board.characters if c.voice is None and c.id in speaking]
        voices = installed_voices(ctx.registry, ctx.settings)
        if to_cast:
            cast_voices(to_cast, voices)
        assign_looks(board, {f"{v.engine}:{v.id}": v.gender for v in voices})
