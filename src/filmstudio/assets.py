"""Drawing assets the studio installs once, at set-up (never while rendering): Microsoft's Fluent Emoji
Flat (MIT) as the Iconify JSON set from the npm registry, pinned and checked by its sha512."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tarfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filmstudio.errors import EngineNotInstalled, StudioError


@dataclass(frozen=True)
class Asset:
    name: str
    url: str
    sha512: str  # npm's dist.integrity, base64
    files: tuple[str, ...]  # taken from the tarball's package/ folder


FLUENT_EMOJI = Asset(
    name="fluent-emoji-flat",
    url="https://registry.npmjs.org/@iconify-json/fluent-emoji-flat/-/fluent-emoji-flat-1.2.6.tgz",
    sha512="RY47RgPb47fYUiyrA64sIOL0+UU02s29sXpNBbIQRBUlPlfNFTKUmZDERGuxDs/7yNGWqQYvuaSYM1M4fRXlUw==",
    files=("icons.json", "chars.json", "info.json"),
)
INSTALL_HINT = "Run `filmstudio assets install` (make run and make test do it)."


def asset_dir(root: Path, asset: Asset = FLUENT_EMOJI) -> Path:
    return root / asset.name


def installed(root: Path, asset: Asset = FLUENT_EMOJI) -> bool:
    return all((asset_dir(root, asset) / name).is_file() for name in asset.files)


def install(root: Path, asset: Asset = FLUENT_EMOJI, *, timeout: float = 120.0) -> Path:
    """Download, check and unpack an asset into root/<name>/ (nothing to do when it is there)."""
    target = asset_dir(root, asset)
    if installed(root, asset):
        return target
    try:
        with urllib.request.urlopen(asset.url, timeout=timeout) as response:  # noqa: S310 (a pinned https URL)
            data = response.read()
    except OSError as exc:
        raise StudioError(f"Could not download {asset.name} from {asset.url}: {exc}") from None
    digest = base64.b64encode(hashlib.sha512(data).digest()).decode()
    if digest != asset.sha512:
        raise StudioError(f"{asset.name}: the download does not match its pinned sha512; nothing installed.")
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        for name in asset.files:
            member = archive.extractfile(f"package/{name}")
            if member is None:
                raise StudioError(f"{asset.name}: {name} is missing from the package")
            part = target / f".{name}.part"
            part.write_bytes(member.read())
            part.replace(target / name)
    return target


def load_icons(root: Path, asset: Asset = FLUENT_EMOJI) -> tuple[dict[str, Any], dict[str, str]]:
    """(icons.json, chars.json) of an installed set; EngineNotInstalled naming the command otherwise."""
    if not installed(root, asset):
        raise EngineNotInstalled(f"The drawing set {asset.name} is not installed in {root}. {INSTALL_HINT}")
    folder = asset_dir(root, asset)
    icons = json.loads((folder / "icons.json").read_text(encoding="utf-8"))
    chars = json.loads((folder / "chars.json").read_text(encoding="utf-8"))
    return icons, chars
