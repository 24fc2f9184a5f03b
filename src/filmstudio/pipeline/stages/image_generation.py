"""Stage 2: a still for every scene, drawn from its description by the configured image engine."""

from __future__ import annotations

import functools
import hashlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import filmstudio.animation
import filmstudio.engines.image
from filmstudio.animation import creatures, sizes
from filmstudio.animation.looks import for_person
from filmstudio.cache import content_key
from filmstudio.engines.image.base import ImageEngine, LayeredImageEngine, SceneSpec
from filmstudio.engines.image.prompts import person_words
from filmstudio.pipeline.contract import EngineKind, board
from filmstudio.pipeline.stage import StageContext
from filmstudio.storyboard import Scene, Storyboard

IMAGE_CACHE_VERSION = 2  # things drawn into the scene
BACKDROP_CACHE_VERSION = 1


@functools.cache
def drawing_code() -> str:
    """A digest of the code that draws the stills (the painter, and the figures and sizes it takes from the
    animation): a change to how a picture is drawn is a new picture, never yesterday's from the cache."""
    digest = hashlib.sha256()
    for package in (filmstudio.engines.image, filmstudio.animation):
        for source in sorted(Path(str(package.__file__)).parent.rglob("*.py")):
            digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


class ImageGenerationStage:
    name = "image_generation"
    weight = 0.08
    reads = board("scenes.setting", "scenes.description")
    writes = board("scenes.image", "scenes.backdrop", "scenes.things.box", "scenes.faces")
    uses: tuple[EngineKind, ...] = ("image",)

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        engine: ImageEngine = ctx.engine("image")
        size = ctx.request.frame_size
        paints_people = getattr(engine, "paints_people", False)
        done = 0

        def draw(scene: Scene) -> None:
            faced = creatures.faced_sky(board.characters, scene)  # the talking Sun: drawn once, with its face
            spec = SceneSpec(
                setting=scene.setting,
                time_of_day=scene.time_of_day,
                weather=scene.weather,
                mood=scene.mood,
                description=scene.description,
                style=board.style,
                seed=board.seed,
                things=tuple(t.key for t in scene.things if not t.staged and not t.said and t.key not in faced),
                interior=scene.interior,
                people=painted_people(board, scene) if paints_people else (),
                colours=tuple((t.key, t.colour) for t in scene.things if t.colour),
                toys=sizes.toys_in(((t.key, t.words) for t in scene.things), sizes.scene_text(scene)),
                faced=faced,
            )
            key = content_key("image", IMAGE_CACHE_VERSION, drawing_code(), engine.name, spec.__dict__, size)
            # a LayeredImageEngine (it has paint_scene): a far layer and things' places
            layered = engine if isinstance(engine, LayeredImageEngine) else None
            back_key = content_key("backdrop", BACKDROP_CACHE_VERSION, key)
            backdrop = ctx.cache.path_for("backdrop", back_key, ".png")

            def make(tmp: Path) -> None:
                if layered is None:
                    engine.render_scene(spec, size, tmp)
                    return
                painted = layered.paint_scene(spec, size)
                painted.image.save(tmp, format="PNG", compress_level=1)
                ctx.cache.put_json("image_things", key, [[t.key, list(t.box)] for t in painted.things])
                ctx.cache.put_json("image_faces", key, {cid: list(box) for cid, box in painted.faces.items()})
                if (layer := painted.layer) is not None:
                    ctx.cache.get_or_create(
                        "backdrop", back_key, ".png", lambda t: layer.save(t, format="PNG", compress_level=1)
                    )

            scene.image = str(ctx.cache.get_or_create("image", key, ".png", make))
            scene.backdrop = str(backdrop) if layered is not None and backdrop.exists() else None
            boxes = {k: tuple(b) for k, b in (ctx.cache.get_json("image_things", key) or [])}
            for thing in scene.things:
                thing.box = boxes.get(thing.key)
            faces = ctx.cache.get_json("image_faces", key) if layered is not None else None
            scene.faces = {cid: tuple(box) for cid, box in (faces or {}).items()}

        with ThreadPoolExecutor(max_workers=2) as pool:
            for _ in pool.map(draw, board.scenes):
                done += 1
                ctx.progress(done / len(board.scenes), f"scene {done}/{len(board.scenes)}")


def painted_people(board: Storyboard, scene: Scene) -> tuple[tuple[str, str], ...]:
    """The scene's people an engine paints, left to right: everyone present who is seen (not the
    narrator), described the same way in every scene."""
    seen = []
    for cid in dict.fromkeys([*scene.people, *(line.character_id for line in scene.lines)]):
        character = next((c for c in board.characters if c.id == cid), None)
        if character is None or not character.drawn:
            continue
        look = for_person(character.look, character).model_dump() if character.look else None  # as the rig draws
        seen.append((cid, person_words(age=character.age, gender=character.gender, look=look)))
    return tuple(seen[:4])
