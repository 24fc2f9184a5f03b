"""Stage 2: a still for every scene, drawn from its description by the configured image engine."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from filmstudio.engines.image.base import ImageEngine, SceneSpec
from filmstudio.pipeline.cache import content_key
from filmstudio.pipeline.stage import StageContext
from filmstudio.storyboard import Scene, Storyboard

IMAGE_CACHE_VERSION = 1


class ImageGenerationStage:
    name = "image_generation"
    reads = ("scenes.setting", "scenes.description")
    writes = ("scenes.image",)

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        engine: ImageEngine = ctx.registry.get("image", ctx.settings.image_engine)
        size = ctx.options.frame_size
        done = 0

        def draw(scene: Scene) -> None:
            spec = SceneSpec(
                setting=scene.setting, time_of_day=scene.time_of_day, weather=scene.weather, mood=scene.mood,
                description=scene.description, style=board.style, seed=board.seed,
            )  # fmt: skip
            key = content_key("image", IMAGE_CACHE_VERSION, engine.name, spec.__dict__, size)

            def make(tmp: Path) -> None:
                engine.render_scene(spec, size, tmp)

            scene.image = str(ctx.cache.get_or_create("image", key, ".png", make))

        with ThreadPoolExecutor(max_workers=2) as pool:
            for _ in pool.map(draw, board.scenes):
                done += 1
                ctx.progress(done / len(board.scenes), f"scene {done}/{len(board.scenes)}")
