"""Stage 7: the film. Voice (and music, ducked) mixed to the target loudness while frames are drawn in
numpy (stills under camera moves, or rigged characters acting their shots), the subtitles burned in
(media/burn.py), and piped, a segment at a time (pipeline/segments.py), to ffmpeg's H.264 encoder; the segments, cached
by what they show, joined with the sound in AAC; then the thumbnail."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from filmstudio.animation import thing_kinds
from filmstudio.animation.acting import Performer
from filmstudio.animation.clear_of_subtitles import insert_clear, raised_cues
from filmstudio.animation.creatures import stature
from filmstudio.animation.player import ActorScene
from filmstudio.animation.rig import Rig
from filmstudio.animation.staged import SpriteFactory, StagedScene
from filmstudio.animation.stated_looks import dressed_for
from filmstudio.engines.image.palette import grade_factors
from filmstudio.engines.image.things import library_at, thing_height
from filmstudio.errors import Cancelled, EngineNotInstalled
from filmstudio.media import ffmpeg
from filmstudio.media.audio import measure_loudness
from filmstudio.media.burn import BurnedCue, burned_cues
from filmstudio.media.frames import SceneClip, ScenePlayer, ShotWindow, frames, move_for, narration_move
from filmstudio.media.mix import Clip, EffectClip, mix_film_audio
from filmstudio.media.painted import painted_scene_players
from filmstudio.media.store.kinds import ANIMATION, AUDIO, THUMBNAIL, VIDEO
from filmstudio.media.thumbnail import make_thumbnail
from filmstudio.pipeline.contract import EngineKind, board, files
from filmstudio.pipeline.segments import (
    Segment,
    Shifted,
    merge_logs,
    piece_seconds,
    plan_segments,
    scene_frames,
    segment_key,
)
from filmstudio.pipeline.stage import StageContext
from filmstudio.pipeline.stock import Stock
from filmstudio.storyboard import Character, Storyboard

WATERMARK = "Made with AI Film Studio"
COMPOSE_THREADS = min(4, os.cpu_count() or 1)


class VideoCompositionStage:
    name = "video_composition"
    weight = 0.74
    reads = board(
        "scenes.image",
        "scenes.cast",
        "scenes.shots",
        "scenes.lines.audio",
        "scenes.lines.visemes",
        "scenes.lines.face_video",
        "scenes.faces",
        "scenes.lines.start",
        "duration",
        "music",
        "effects",
    ) + files("burn_in")
    reads_late = board("music", "effects")  # the sound is mixed when the music is made: the pictures need none
    writes = files("video", "thumbnail", "audio", "animation")
    uses: tuple[EngineKind, ...] = ()  # it composes what the others made

    def run(self, board: Storyboard, ctx: StageContext) -> None:
        film = ctx.work_dir / "film.mp4"
        thumb = ctx.work_dir / "thumbnail.jpg"
        logs = self._compose(board, ctx, film, thumb)
        ctx.outputs[VIDEO] = film
        animation = ctx.work_dir / "animation.json"
        animation.write_text(json.dumps(logs), encoding="utf-8")
        ctx.outputs[ANIMATION] = animation
        ctx.outputs[THUMBNAIL] = thumb
        ctx.progress(1.0, "encoded")

    def _mix(self, board: Storyboard, ctx: StageContext) -> Path:
        """Voice (and music, ducked) mixed to the target loudness (the film's sound, kept as WAV), and
        encoded for the join."""
        ctx.await_fields(self.reads_late)
        mix_path = ctx.work_dir / "mix.wav"
        clips = [Clip(Path(line.audio), line.start or 0.0) for line in board.lines() if line.audio]
        music = Path(board.music.path) if board.music and board.music.path else None
        effects = [EffectClip(Path(e.path), e.start, e.gain_db) for e in board.effects if e.path]
        measured = mix_film_audio(
            ffmpeg_binary=ctx.settings.ffmpeg,
            clips=clips,
            duration=float(board.duration or 0.0),
            out=mix_path,
            music_path=music,
            music_gain_db=board.music.gain_db if board.music else -6.0,
            effects=effects,
            target_lufs=ctx.settings.target_lufs,
        )
        ctx.outputs[AUDIO] = mix_path
        if board.music is not None and np.isfinite(measured["speech_to_background_db"]):
            board.music.speech_to_background_db = round(measured["speech_to_background_db"], 2)
        sound = ctx.work_dir / "sound.m4a"
        ffmpeg.run(ffmpeg.aac_args(ctx.settings.ffmpeg, source=mix_path, out=sound), cancel=ctx.cancel_event)
        ctx.sound_loudness = measure_loudness(ctx.settings.ffmpeg, sound)
        return sound

    def _compose(self, board: Storyboard, ctx: StageContext, film: Path, thumb: Path) -> dict[str, Any]:
        """The sound mixed and the film's segments, each found in the cache or drawn and encoded, joined;
        the thumbnail made beside them (not after the join, when one core would make it alone); the
        animation log of every frame."""
        size, fps = ctx.request.frame_size, ctx.request.fps
        total = max(1, int(round(float(board.duration or 0.0) * fps)))
        bounds = scene_frames(board, fps)
        segments = plan_segments(bounds, total, fps, piece_seconds(size))
        mark = WATERMARK if ctx.request.watermark else None
        encoder = (ctx.settings.x264_preset, ctx.settings.x264_crf)
        keys = [
            segment_key(
                board,
                segment,
                bounds,
                fps=fps,
                size=size,
                total=total,
                watermark=mark,
                encoder=encoder,
                cues=ctx.burn_cues,
                font=ctx.burn_font,
            )
            for segment in segments
        ]
        drawn = [0] * len(segments)  # frames of each segment drawn (or found) so far, for the progress
        stop = threading.Event()
        results: list[tuple[Path, list[dict[str, Any]]]] = []
        stock = Stock()
        if len(segments) >= COMPOSE_THREADS:  # as many encoders at once as threads drawing: cores shared out
            stock.encoder_threads = max(1, (os.cpu_count() or 1) // COMPOSE_THREADS)
        # segments are drawn side by side: numpy, OpenCV and the encoders run outside the GIL. The sound
        # is mixed first, by one of the threads, while the other draws: one encoder runs beside the mix,
        # not two (the mix holds the whole soundtrack in memory, several times over)
        with ThreadPoolExecutor(max_workers=COMPOSE_THREADS, thread_name_prefix="segment") as pool:
            mixed = pool.submit(self._mix, board, ctx)
            thumbnail = pool.submit(make_thumbnail, Path(board.scenes[0].image or ""), board.title, thumb)
            # the longest first: what is left at the end, when a core may have nothing else to do, is short
            longest = sorted(range(len(segments)), key=lambda k: segments[k].first - segments[k].end)
            started = {
                k: pool.submit(self._segment, board, ctx, segments[k], bounds, keys[k], k, mark, drawn, stop, stock)
                for k in longest
            }
            futures = [started[k] for k in range(len(segments))]
            try:
                pending: set[Future[Any]] = {mixed, thumbnail, *futures}
                while pending:
                    done, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                    for finished in done:
                        finished.result()  # a failure stops the others now, not when they are done
                    ctx.progress(0.08 + 0.87 * sum(drawn) / total, f"frame {sum(drawn)}/{total}")
                results = [future.result() for future in futures]
            except BaseException:
                stop.set()
                mixed.cancel()
                thumbnail.cancel()
                for future in futures:
                    future.cancel()
                raise
        parts = [
            (entry, bounds[s][0], board.scenes[s].start or 0.0)
            for segment, (_, log) in zip(segments, results, strict=True)
            for s, entry in zip(segment.scenes, log, strict=True)
        ]
        files = [path for path, _ in results]
        listing = ctx.work_dir / "segments.txt"
        listing.write_text(ffmpeg.concat_listing(files), encoding="utf-8")
        ffmpeg.run(
            ffmpeg.join_args(ctx.settings.ffmpeg, listing=listing, audio=mixed.result(), fps=fps, out=film),
            cancel=ctx.cancel_event,
        )
        return merge_logs(parts, fps)

    def _segment(
        self,
        board: Storyboard,
        ctx: StageContext,
        segment: Segment,
        bounds: list[tuple[int, int]],
        key: str,
        k: int,
        mark: str | None,
        drawn: list[int],
        stop: threading.Event,
        stock: Stock,
    ) -> tuple[Path, list[dict[str, Any]]]:
        """One segment's encoded frames and its scenes' logs: from the cache, or drawn now (counting its
        frames in `drawn[k]`, and stopping when `stop` or the run's cancel is set)."""
        made: dict[str, Any] = {}

        def advance(n: int) -> None:
            drawn[k] = n + 1 - segment.first
            if stop.is_set() or ctx.cancel_event.is_set():
                raise Cancelled(f"Cancelled during {ctx.step or 'the film'}.")

        def draw(out: Path) -> None:
            made["log"] = self._draw_segment(board, ctx, segment, bounds, out, k, mark, advance, stock)

        path = ctx.cache.get_or_create("film-segments", key, ".mp4", draw)
        log = made.get("log") or ctx.cache.get_json("film-segment-logs", key, count=False)
        if log is None:  # the picture was kept without its log: draw it again
            draw(path)
            log = made["log"]
        if "log" in made:
            ctx.cache.put_json("film-segment-logs", key, log)
        drawn[k] = segment.end - segment.first
        return path, log

    def _draw_segment(
        self,
        board: Storyboard,
        ctx: StageContext,
        segment: Segment,
        bounds: list[tuple[int, int]],
        out: Path,
        k: int,
        mark: str | None,
        advance: Callable[[int], None],
        stock: Stock,
    ) -> list[dict[str, Any]]:
        """Draw and encode one segment from its scenes alone; each scene's log, counted from its start."""
        size, fps = ctx.request.frame_size, ctx.request.fps
        origin = bounds[segment.scenes[0]][0]
        things = thing_sprites(ctx.settings.assets_dir)
        clips: list[ScenePlayer] = []
        players: list[list[ScenePlayer]] = []
        for s in segment.scenes:
            own = scene_players(stock.scene(board, s), size, fps, things=things, stock=stock, film_seed=board.seed)
            players.append(own)
            clips.extend(Shifted(p, (bounds[s][0] - origin) / fps, bounds[s][0]) for p in own)
        subtitles: list[BurnedCue] = []
        font = ctx.burn_font
        if ctx.burn_cues and font:
            drawn_cues = stock.subtitles(
                lambda: burned_cues(ctx.settings.ffmpeg, ctx.burn_cues, size=size, font=font, work_dir=ctx.work_dir)
            )
            a, b = segment.first / fps, segment.end / fps
            subtitles = [cue for cue in drawn_cues if cue.end > a and cue.start < b]
            low = [
                span
                for index, scene_own in zip(segment.scenes, players, strict=True)
                for span in _low_faces(scene_own, bounds[index][0] / fps)
            ]
            subtitles = raised_cues(subtitles, low, size)  # over a row too crowded to raise: at the top
        args = ffmpeg.segment_args(
            ctx.settings.ffmpeg,
            width=size[0],
            height=size[1],
            fps=fps,
            out=out,
            preset=ctx.settings.x264_preset,
            crf=ctx.settings.x264_crf,
            threads=stock.encoder_threads,
        )
        encoder = ffmpeg.Encoder(args, ctx.work_dir / f"encode-{k}.log")
        try:
            drawn = frames(
                clips,
                duration=float(board.duration or 0.0),
                fps=fps,
                size=size,
                watermark=mark,
                window=(segment.first, segment.end),
                origin=origin,
                subtitles=subtitles,
            )
            for n, frame in zip(range(segment.first, segment.end), drawn, strict=True):
                encoder.write(frame)
                advance(n)
        except BaseException:
            encoder.kill()
            raise
        encoder.close()
        return [animation_log(own, fps) for own in players]


def _low_faces(own: list[ScenePlayer], start: float) -> list[tuple[float, float, float]]:
    """The spans of the film's seconds where a scene's talking heads have a face in the subtitles' rows
    (clear_of_subtitles.lift_faces could not raise it clear), with its chin's row: `start` is the scene's
    start in the film."""
    actors = {id(p): p for p in (getattr(p, "player", p) for p in own) if isinstance(p, ActorScene)}
    return [(a + start, b + start, chin) for p in actors.values() for a, b, chin in p.covered]


def thing_sprites(assets_dir: Path) -> SpriteFactory:
    """The things people act with and the animals that act, drawn from the same set the painter uses."""
    library = library_at(assets_dir)

    def sprite(key: str, height: int) -> Image.Image | None:
        try:
            return library.sprite(key, height) if library.available() else None
        except (KeyError, EngineNotInstalled):
            return None

    return sprite


def scene_players(
    board: Storyboard,
    size: tuple[int, int],
    fps: int = 24,
    things: SpriteFactory | None = None,
    stock: Stock | None = None,
    film_seed: int | None = None,
) -> list[ScenePlayer]:
    """Scenes with characters act; the others are stills under a slow camera move. A scene whose picture
    shows its people (painted by the image engine) is that picture, its speakers' faces talking; a
    narrated scene whose moments have people is staged (animation/staged.py). `stock` holds what the
    film's other segments may already have made; `film_seed` the film's seed (`board` is one scene's film,
    its seed the scene's), which a crowd's looks are chosen by, the same in every scene."""
    stock = stock or Stock()

    def rigs_lit(light: tuple[float, float, float], scene_id: str = "") -> Callable[[str, float], Rig]:
        def rig(character_id: str, unit: float) -> Rig:
            # dressed as in that scene: without a cloak taken off in an earlier one
            character = dressed_for(board.character(character_id), scene_id)
            return stock.rigs.get(character, int(round(unit * stature(character))), light)  # a gnome: small

        return rig

    lines = board.lines()
    duration = float(board.duration or 0.0)
    performers = {  # an animal or a sky being that speaks moves its mouth with its lines too (staged.py)
        c.id: Performer.for_character(c.id, board.seed, duration, lines)
        for c in board.characters
        if c.drawn or c.animal
    }
    animals = {c.id: c.animal for c in board.characters if c.animal}
    young = {c.id for c in board.characters if c.animal and c.age == "child"}
    speaking: dict[str, list[tuple[float, float]]] = {}
    for line in lines:
        if line.start is not None and line.end is not None:
            speaking.setdefault(line.character_id, []).append((line.start, line.end))

    def crowd_rig(character: Character, unit: float) -> Rig:
        return stock.rigs.get(character, int(round(unit * stature(character))))

    players: list[ScenePlayer] = []
    for i, scene in enumerate(board.scenes):
        still = stock.picture(scene.image, size)
        if scene.faces:
            painted = stock.picture(scene.image, size, "padded")
            players.extend(painted_scene_players(scene, painted, fps, i, board.seed))
            continue
        narrated = not any(line.character_id in scene.cast for line in scene.lines)
        if narrated and any(shot.moment for shot in scene.shots):
            light = grade_factors(scene.time_of_day, scene.mood, scene.weather)
            staged = StagedScene(
                scene,
                still,
                rigs_lit(light, scene.id),
                performers,
                size,
                things=thing_kinds.in_colours(things or _no_sprites, {t.key: t.colour for t in scene.things}),
                animals=animals,
                young=young,
                seed=board.seed + i,
                crowd_seed=film_seed,
                crowd_rig=crowd_rig,
                speaking=speaking,
                heights=thing_height,
                framed=stock.framed,
            )
            backdrop = stock.picture(scene.backdrop, size, "RGBA") if scene.backdrop else None
            view = stock.picture(scene.image, size, "padded")  # what the camera moves over
            boxes = {t.key: t.box for t in scene.things if t.box}
            for n, shot in enumerate(scene.shots):
                if shot.moment:
                    players.append(ShotWindow(staged, shot.start or 0.0, shot.end or 0.0, cut=n > 0))
                    continue
                move = narration_move(shot.kind, boxes.get(shot.subject or ""), n, i + board.seed)
                if shot.kind == "insert" and (box := boxes.get(shot.subject or "")) is not None:
                    move = insert_clear(move, box, size)  # the thing above the subtitles
                players.append(SceneClip(view, shot.start or 0.0, shot.end or 0.0, move, backdrop=backdrop, cut=n > 0))
            continue
        if scene.cast and scene.shots and not narrated:
            light = grade_factors(scene.time_of_day, scene.mood, scene.weather)
            if not any(shot.moment for shot in scene.shots):
                players.append(ActorScene(scene, still, rigs_lit(light, scene.id), performers, size, stock.framed))
                continue
            # dialogue with narrated action between: each shot played by the player it belongs to
            acted = StagedScene(
                scene,
                still,
                rigs_lit(light, scene.id),
                performers,
                size,
                things=thing_kinds.in_colours(things or _no_sprites, {t.key: t.colour for t in scene.things}),
                animals=animals,
                young=young,
                seed=board.seed + i,
                crowd_seed=film_seed,
                crowd_rig=crowd_rig,
                speaking=speaking,
                heights=thing_height,
                framed=stock.framed,
            )
            talking = (
                ActorScene(scene, still, rigs_lit(light, scene.id), performers, size, stock.framed)
                if any(not shot.moment for shot in scene.shots)
                else None
            )
            for n, shot in enumerate(scene.shots):
                player = acted if shot.moment or talking is None else talking
                players.append(ShotWindow(player, shot.start or 0.0, shot.end or 0.0, cut=n > 0))
        else:
            backdrop = stock.picture(scene.backdrop, size, "RGBA") if scene.backdrop else None
            view = stock.picture(scene.image, size, "padded")
            shots = [s for s in scene.shots if s.start is not None and s.end is not None and s.end > s.start]
            if len(shots) <= 1:
                players.append(
                    SceneClip(view, scene.start or 0.0, scene.end or 0.0, move_for(i, board.seed), backdrop=backdrop)
                )
                continue
            boxes = {t.key: t.box for t in scene.things if t.box}
            people = None
            if scene.cast:  # people the narration names: drawn in its wide views
                light = grade_factors(scene.time_of_day, scene.mood, scene.weather)
                people = ActorScene(scene, still, rigs_lit(light, scene.id), performers, size, stock.framed)
            for n, shot in enumerate(shots):  # a directed narration: a view per shot
                if people is not None and shot.actors:
                    players.append(ShotWindow(people, shot.start or 0.0, shot.end or 0.0, cut=n > 0))
                    continue
                move = narration_move(shot.kind, boxes.get(shot.subject or ""), n, i + board.seed)
                if shot.kind == "insert" and (box := boxes.get(shot.subject or "")) is not None:
                    move = insert_clear(move, box, size)  # the thing above the subtitles
                players.append(SceneClip(view, shot.start or 0.0, shot.end or 0.0, move, backdrop=backdrop, cut=n > 0))
    return players


def animation_log(players: list[ScenePlayer], fps: int) -> dict[str, Any]:
    """What the characters did, frame by frame: for each drawn character, the mouth shape and opening
    and the eyes in every frame it is drawn in (front view); for each shot, its kind and actors."""
    characters: dict[str, dict[str, list[Any]]] = {}
    shots: list[dict[str, Any]] = []
    acted: list[list[Any]] = []
    seen: set[int] = set()
    for item in players:
        player = item.player if isinstance(item, ShotWindow) else item
        if isinstance(player, StagedScene) and id(player) not in seen:
            seen.add(id(player))
            staged_log(player, characters, shots, acted)
            continue
        if not isinstance(player, ActorScene) or id(player) in seen:
            continue
        seen.add(id(player))
        _log_faces(player.log, characters)
        for layout in player.layouts:
            shots.append(
                {
                    "scene": player.scene.id,
                    "id": layout.shot.id,
                    "kind": layout.shot.kind,
                    "start": layout.shot.start,
                    "end": layout.shot.end,
                    "subject": layout.shot.subject,
                    "actors": [
                        {
                            "character_id": a.character_id,
                            "x": round(a.x, 1),
                            "y": round(a.y, 1),
                            "unit": round(a.rig.unit, 1),
                            "back": a.back,
                            "look": a.rig.look.model_dump(),
                        }
                        for a in layout.actors
                    ],
                }
            )
    return {"fps": fps, "characters": characters, "shots": shots, "acted": acted}


def _log_faces(log: list[tuple[int, str, str, float, str]], characters: dict[str, dict[str, list[Any]]]) -> None:
    for frame_no, cid, shape, openness, eyes in log:
        entry = characters.setdefault(cid, {"frame": [], "shape": [], "open": [], "eyes": []})
        entry["frame"].append(frame_no)
        entry["shape"].append(shape)
        entry["open"].append(openness)
        entry["eyes"].append(eyes)


def staged_log(
    player: StagedScene,
    characters: dict[str, dict[str, list[Any]]],
    shots: list[dict[str, Any]],
    acted: list[list[Any]],
) -> None:
    """A staged scene's faces (as the actors'), its shots with their moments, and where each figure stood
    in each frame it was drawn in, doing what."""
    _log_faces(player.log, characters)
    for layout in player.layouts:
        shots.append(
            {
                "scene": player.scene.id,
                "id": layout.shot.id,
                "kind": layout.shot.kind,
                "moment": layout.shot.moment,
                "start": layout.shot.start,
                "end": layout.shot.end,
                "subject": layout.shot.subject,
                "actors": [
                    {
                        "character_id": f.character_id,
                        "verb": f.verb,
                        "x0": round(f.x0, 1),
                        "x1": round(f.x1, 1),
                        "holds": f.holds.key if f.holds else None,
                        "animal": f.animal is not None,
                        "unit": round(f.rig.unit, 1) if f.rig else None,
                    }
                    for f in layout.figures
                ],
                "crowd": len(layout.crowd),
            }
        )
    acted.extend([list(row) for row in player.drawn])


def _no_sprites(key: str, height: int) -> Image.Image | None:
    return None
