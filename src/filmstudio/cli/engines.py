"""`filmstudio engines`: the engines, voices and languages this machine has."""

from __future__ import annotations

import click

from filmstudio.config import get_settings
from filmstudio.engines.llm.select import llm_named
from filmstudio.engines.registry import KINDS, get_registry
from filmstudio.errors import EngineNotInstalled, NotConfigured
from filmstudio.languages import LANGUAGES


@click.command()
def engines() -> None:
    """List installed engines, their voices and languages."""
    registry = get_registry()
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
            try:
                engine = registry.get(kind, name)
            except EngineNotInstalled as exc:
                click.echo(f"  {name:<10} not installed: {exc.message}")
                continue
            click.echo(f"  {name:<10} {spec.description}")
            if kind == "tts":
                for voice in engine.voices():
                    langs = (
                        ", ".join(voice.languages)
                        if len(voice.languages) < 8
                        else f"{len(voice.languages)} languages"
                    )
                    click.echo(f"    voice {voice.id:<24} {voice.gender:<7} {voice.age:<12} {langs}")
            if kind == "translate":
                pairs = ", ".join(f"{a}→{b}" for a, b in engine.pairs())
                click.echo(f"    pairs: {pairs or 'none'}")
    registry_langs = set()
    for name in registry.available("tts"):
        for voice in registry.get("tts", name).voices():
            registry_langs.update(voice.languages)
    named = sorted(f"{code} ({LANGUAGES[code].name})" for code in registry_langs if code in LANGUAGES)
    click.echo(f"languages with a voice: {', '.join(named)}")
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
