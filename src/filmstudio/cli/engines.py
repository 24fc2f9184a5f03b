"""`filmstudio engines`: the engines, voices and languages this machine has."""

from __future__ import annotations

import click

from filmstudio.engines.registry import KINDS, get_registry
from filmstudio.errors import EngineNotInstalled
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
