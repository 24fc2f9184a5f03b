"""`filmstudio engines`: the engines, voices and languages this machine has."""

from __future__ import annotations

import json
from typing import Any

import click

from filmstudio.config import get_settings
from filmstudio.engines.gpu import WEIGHTS, weights_present
from filmstudio.engines.llm.select import llm_named
from filmstudio.engines.registry import KINDS, EngineRegistry, get_registry
from filmstudio.engines.tts.measured import UNCLEAR, best_cer, measured
from filmstudio.errors import EngineNotInstalled, NotConfigured
from filmstudio.languages import LANGUAGES


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Engines, voices and languages (with measured CER) as JSON.")
def engines(as_json: bool) -> None:
    """List installed engines, their voices and languages."""
    registry = get_registry()
    if as_json:
        click.echo(json.dumps(_as_json(registry), ensure_ascii=False, indent=1))
        return
    for kind in KINDS:
        names = registry.names(kind)
        if not names:
            continue
        click.echo(f"{kind}:")
        for name in names:
            spec = registry.spec(kind, name)
            if kind == "llm":
                _llm_line(name, spec.description)
                continue
            if name in WEIGHTS:
                click.echo(f"  {name:<10} {spec.description}")
                click.echo(f"    {gpu_status(name)}")
                if not gpu_ready(name):
                    continue
            try:
                registry.get(kind, name)  # started once (the registry keeps it), or what to install
            except EngineNotInstalled as exc:
                click.echo(f"  {name:<10} not installed: {exc.message}")
                continue
            if name not in WEIGHTS:
                click.echo(f"  {name:<10} {spec.description}")
            if kind == "tts":
                for voice in registry.get(kind, name).voices():
                    langs = (
                        ", ".join(voice.languages) if len(voice.languages) < 8 else f"{len(voice.languages)} languages"
                    )
                    click.echo(f"    voice {voice.id:<24} {voice.gender:<7} {voice.age:<12} {langs}")
            if kind == "translate":
                pairs = registry.get(kind, name).pairs()
                listed = ", ".join(f"{a}→{b}" for a, b in pairs) if len(pairs) <= 60 else f"any of {len(pairs)}"
                click.echo(f"    pairs: {listed or 'none'}")
    registry_langs: set[str] = set()
    for name in registry.available("tts"):
        for voice in registry.get("tts", name).voices():
            registry_langs.update(voice.languages)
    named = sorted(f"{code} ({LANGUAGES[code].name})" for code in registry_langs if code in LANGUAGES)
    click.echo(f"languages with a voice: {', '.join(named)}")
    unclear = sorted(code for code in registry_langs if (best_cer(code) or 0.0) > UNCLEAR)
    if unclear:
        click.echo(f"  hard to understand (best voice's measured CER over {UNCLEAR:.0%}): {', '.join(unclear)}")
    click.echo(f"  and {len(registry_langs) - len(named)} more through espeak-ng")


def _llm_line(name: str, description: str) -> None:
    """A language model: whether it is set up here, and whether it answers now."""
    try:
        engine = llm_named(get_settings(), name)
    except (EngineNotInstalled, NotConfigured) as exc:
        click.echo(f"  {name:<10} not set up: {exc.message}")
        return
    answers, said = engine.ping()
    click.echo(f"  {name:<10} {description}: {'answers' if answers else 'does not answer'} ({said})")


def _as_json(registry: EngineRegistry) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {"engines": [], "languages": []}
    by_language: dict[str, list[str]] = {}
    for kind in KINDS:
        for name in registry.names(kind):
            entry: dict[str, Any] = {
                "kind": kind,
                "name": name,
                "description": registry.spec(kind, name).description,
            }
            if name in WEIGHTS:
                entry["gpu"] = True
                entry["weights"] = weights_status(name)
                if not gpu_ready(name):
                    entry.update(installed=False, why=gpu_status(name))
                    out["engines"].append(entry)
                    continue
            try:
                registry.get(kind, name)
                entry["installed"] = True
            except EngineNotInstalled as exc:
                entry.update(installed=False, why=exc.message)
                out["engines"].append(entry)
                continue
            if kind == "tts":
                voices = registry.get(kind, name).voices()
                entry["voices"] = [
                    {"id": f"{v.engine}:{v.id}", "gender": v.gender, "age": v.age, "languages": list(v.languages)}
                    for v in voices
                ]
                for voice in voices:
                    for code in voice.languages:
                        by_language.setdefault(code, []).append(f"{voice.engine}:{voice.id}")
            out["engines"].append(entry)
    for code in sorted(by_language):
        cer = measured().get(code, {})
        out["languages"].append(
            {
                "code": code,
                "name": LANGUAGES[code].name if code in LANGUAGES else code,
                "voices": by_language[code],
                "cer": cer or None,
                "best_cer": best_cer(code),
                "clear": (best_cer(code) or 0.0) <= UNCLEAR,
            }
        )
    return out


def weights_status(name: str) -> dict[str, Any]:
    setting, expected = WEIGHTS[name]
    path = getattr(get_settings(), setting)
    return {
        "setting": f"FILMSTUDIO_{setting.upper()}",
        "path": str(path) if path else None,
        "present": weights_present(path, expected),
    }


def gpu_ready(name: str) -> bool:
    """The extra is installed and the weights are there (without loading them)."""
    return _extra_installed() and weights_status(name)["present"]


def gpu_status(name: str) -> str:
    weights = weights_status(name)
    where = (
        f"weights present at {weights['path']}"
        if weights["present"]
        else f"weights missing ({weights['setting']}" + (f" = {weights['path']})" if weights["path"] else " unset)")
    )
    extra = (
        "[gpu] extra installed" if _extra_installed() else "[gpu] extra not installed: pip install 'filmstudio[gpu]'"
    )
    return f"{where}; {extra}"


def _extra_installed() -> bool:
    from importlib.util import find_spec

    return all(find_spec(m) is not None for m in ("torch", "diffusers", "transformers"))
