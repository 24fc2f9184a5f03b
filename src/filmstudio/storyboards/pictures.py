"""What the storyboard editor shows before a film is made: every drawable setting with a thumbnail, the
drawable things found by a name in the creator's language, and a still of each shot (the painter's
picture at a low resolution with the shot's people standing in it), all cached by content."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image

import filmstudio.script.vocabulary as vocabulary
from filmstudio.animation import body, sizes
from filmstudio.animation.film_cast import film_cast
from filmstudio.animation.rig import build_rig
from filmstudio.animation.staged import StagedScene
from filmstudio.cache import AssetCache, content_key
from filmstudio.config import Settings
from filmstudio.engines.image.base import SceneSpec
from filmstudio.engines.image.painter import PainterEngine
from filmstudio.engines.image.settings import SETTINGS
from filmstudio.engines.image.things import thing_height
from filmstudio.pipeline.stages.video_composition import thing_sprites
from filmstudio.script.places import BY_NAME
from filmstudio.storyboard import Shot, Storyboard
from filmstudio.storyboards.schemas import DrawableSetting, ThingMatch

THUMBNAIL = (192, 108)
STILL = (320, 180)
STILL_VERSION = 1


def drawable_settings(language: str, *, thumbnail: str) -> list[DrawableSetting]:
    """Each setting the painter draws: its key, a label in the language (its first word there), the
    English phrase, whether it is indoors, and its thumbnail's address (`thumbnail` with {} for the key)."""
    out = []
    for key in sorted(SETTINGS):
        place = BY_NAME.get(key)
        own = next(iter(place.words(language)), "") if place else ""
        label = own or (place.phrase if place else key.replace("_", " "))
        out.append(
            DrawableSetting(
                key=key,
                label=label,
                phrase=place.phrase if place else key.replace("_", " "),
                interior=bool(place.interior) if place else False,
                thumbnail=thumbnail.format(key),
            )
        )
    return out


def find_things(query: str, language: str, limit: int = 20) -> list[ThingMatch]:
    """Drawable things whose name in the language (or English) starts with the query or holds it."""
    q = " ".join(query.lower().split())
    if not q:
        return []
    hits: dict[str, tuple[int, str]] = {}
    for lang in dict.fromkeys([language, "en"]):
        for name, keys in vocabulary.things(lang).names().items():
            rank = 0 if name.startswith(q) else 1 if q in name else None
            if rank is None:
                continue
            for key in keys:
                if key not in hits or (rank, len(name)) < (hits[key][0], len(hits[key][1])):
                    hits[key] = (rank, name)
    ranked = sorted(hits.items(), key=lambda kv: (kv[1][0], len(kv[1][1]), kv[0]))[:limit]
    return [
        ThingMatch(key=key, name=name, kind=vocabulary.THINGS[key][0])
        for key, (_, name) in ranked
        if key in vocabulary.THINGS
    ]


def _painter(settings: Settings) -> PainterEngine:
    return PainterEngine(settings.assets_dir)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False, compress_level=3)
    return buffer.getvalue()


def setting_thumbnail(key: str, settings: Settings, cache: AssetCache) -> bytes:
    if key not in SETTINGS:
        raise KeyError(key)
    spec = SceneSpec(
        setting=key,
        time_of_day="day",
        weather="clear",
        mood="calm",
        description="",
        style="cinematic",
        seed=0,
        interior=bool(BY_NAME[key].interior) if key in BY_NAME else False,
    )
    cache_key = content_key("setting_thumbnail", STILL_VERSION, spec.__dict__, THUMBNAIL)
    path = cache.get_or_create(
        "thumbnail",
        cache_key,
        ".png",
        lambda tmp: tmp.write_bytes(_png(_painter(settings).paint_scene(spec, THUMBNAIL).image)),
    )
    return path.read_bytes()


def shot_still(board: Storyboard, shot_id: str, settings: Settings, cache: AssetCache) -> bytes:
    """A shot (or a moment: the shot its sentence becomes) as the film will frame it, small: its scene's
    picture (setting, light, weather, things) with its people acting their moment on its ground."""
    scene = next(
        (s for s in board.scenes if any(x.id == shot_id for x in s.shots) or any(m.id == shot_id for m in s.moments)),
        None,
    )
    if scene is None:
        raise KeyError(shot_id)
    moment = next((m for m in scene.moments if m.id == shot_id), None)
    if moment is not None:  # a sentence, staged as its shot will be
        acting = [cid for cid in moment.who if any(c.id == cid and (c.drawn or c.animal) for c in board.characters)]
        shot = Shot(id=moment.id, kind="wide", actors=acting[:4], moment=moment.id)
    else:
        shot = next(sh for sh in scene.shots if sh.id == shot_id)
        moment = next((m for m in scene.moments if m.id == shot.moment), None)
    actors = [
        board.character(cid)
        for cid in (shot.actors or scene.cast or scene.people)
        if any(c.id == cid for c in board.characters)
    ][:4]
    people = [c for c in actors if c.drawn and not c.animal]
    spec = SceneSpec(
        setting=scene.setting,
        time_of_day=scene.time_of_day,
        weather=scene.weather,
        mood=scene.mood,
        description=scene.description,
        style=board.style,
        seed=board.seed,
        things=tuple(t.key for t in scene.things if not t.staged and not t.said),
        interior=scene.interior,
        colours=tuple((t.key, t.colour) for t in scene.things if t.colour),
        toys=sizes.toys_in(((t.key, t.words) for t in scene.things), sizes.scene_text(scene)),
    )
    cast = film_cast(board, scene.id)  # one look per character in every still, as the film draws them
    looks = [(c.id, look.model_dump() if (look := cast[c.id].look) else None) for c in people]
    verb = moment.verb if moment else "stand"
    cache_key = content_key("shot_still", STILL_VERSION, spec.__dict__, looks, verb, shot.kind, STILL)

    def make(tmp: Path) -> None:
        picture = np.asarray(_painter(settings).paint_scene(spec, STILL).image.convert("RGB")).copy()
        if moment is not None:  # acted as the film acts it, a second into the moment
            timed = scene.model_copy(
                update={
                    "start": 0.0,
                    "end": 4.0,
                    "moments": [moment.model_copy(update={"start": 0.0, "end": 4.0})],
                    "shots": [shot.model_copy(update={"start": 0.0, "end": 4.0})],
                }
            )
            staged = StagedScene(
                timed,
                picture,
                lambda cid, unit: build_rig(cast[cid], unit),
                {},
                STILL,
                things=thing_sprites(settings.assets_dir),
                animals={c.id: c.animal for c in board.characters if c.animal},
                young={c.id for c in board.characters if c.animal and c.age == "child"},
                seed=board.seed,
                crowd_rig=lambda c, unit: build_rig(c, unit),
                heights=thing_height,
            )
            tmp.write_bytes(_png(Image.fromarray(staged.frame(1.0))))
            return
        w, h = STILL
        unit = 0.42 * h * (1.35 if shot.kind == "closeup" else 1.0) / body.figure_height_units()
        for i, character in enumerate(people):
            x = w * (0.5 + (i - (len(people) - 1) / 2) * 0.22)
            body.draw_figure(picture, build_rig(cast[character.id], unit), x, 0.84 * h, body.limbs_at("stand", 0.4, 1))
        tmp.write_bytes(_png(Image.fromarray(picture)))

    return cache.get_or_create("shot_still", cache_key, ".png", make).read_bytes()
