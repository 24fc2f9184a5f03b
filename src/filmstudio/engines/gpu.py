"""What the GPU engines share: their optional libraries, imported only when an engine starts (with an
error naming the extra), the device they run on, and weights read from local folders only.

The engines never reach a model hub: every `from_pretrained` is given a folder and `local_files_only`,
and the hub's offline switches are set before the libraries load."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import Any

from filmstudio.errors import EngineNotInstalled

EXTRA = "pip install 'filmstudio[gpu]'"
# each GPU engine's weights: the setting that points at them and the files that must be there (none: a
# single checkpoint file)
WEIGHTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "sdxl": (
        "sdxl_model_path",
        ("model_index.json", "unet", "vae", "text_encoder", "text_encoder_2", "tokenizer", "tokenizer_2", "scheduler"),
    ),
    "wav2lip": ("wav2lip_checkpoint_path", ()),
    "musicgen": ("musicgen_model_path", ("config.json", "tokenizer_config.json")),
    "bark": ("bark_model_path", ("config.json", "tokenizer_config.json")),
}
log = logging.getLogger("filmstudio.engines.gpu")


def gpu_module(name: str, *, engine: str) -> ModuleType:
    """One of the GPU extra's libraries (torch, diffusers, transformers), or an error naming the extra."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # nothing is ever downloaded at run time
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")  # not a line per optional backend it lacks
    try:
        module = import_module(name)
    except ImportError as exc:
        raise EngineNotInstalled(
            f"The {engine} engine needs {name.split('.')[0]}, which is not installed ({exc}). Run `{EXTRA}`.",
            details={"engine": engine, "extra": "gpu", "missing": name},
        ) from None
    if name in ("diffusers", "transformers"):  # their loading bars would fill a worker's log
        module.utils.logging.disable_progress_bar()
    return module


@dataclass(frozen=True)
class Device:
    """Where a model runs and in what precision: fp16 on CUDA, fp32 on the CPU."""

    name: str
    dtype: Any

    @property
    def cuda(self) -> bool:
        return self.name.startswith("cuda")


def pick_device(setting: str, *, engine: str) -> Device:
    """The device the `gpu_device` setting asks for: "auto" takes CUDA when there is one, else the CPU,
    which works but slowly (and says so)."""
    torch = gpu_module("torch", engine=engine)
    if setting == "auto":
        setting = "cuda" if torch.cuda.is_available() else "cpu"
    if setting.startswith("cuda"):
        if not torch.cuda.is_available():
            raise EngineNotInstalled(
                f"FILMSTUDIO_GPU_DEVICE is '{setting}' but torch sees no CUDA device.",
                details={"engine": engine, "setting": "gpu_device"},
            )
        return Device(setting, torch.float16)
    log.warning("%s runs on the CPU: it works, but a film takes many times longer than on a GPU", engine)
    return Device("cpu", torch.float32)


def weights_folder(path: Path | None, *, setting: str, engine: str, expected: tuple[str, ...]) -> Path:
    """The local folder (or file) of an engine's weights, checked for the files it must hold."""
    env = f"FILMSTUDIO_{setting.upper()}"
    want = ", ".join(expected)
    if path is None:
        raise EngineNotInstalled(
            f"The {engine} engine needs its weights on disk: set {env} to a folder holding {want}.",
            details={"engine": engine, "setting": setting, "expected": list(expected)},
        )
    path = Path(path).expanduser()
    missing = [name for name in expected if not (path / name).exists()] if path.is_dir() else list(expected)
    if path.is_file() and not expected:
        return path
    if missing:
        raise EngineNotInstalled(
            f"{env} is {path}, which does not hold the {engine} weights: {', '.join(missing)} missing "
            f"(expected {want}).",
            details={"engine": engine, "setting": setting, "path": str(path), "missing": missing},
        )
    return path


def weights_file(path: Path | None, *, setting: str, engine: str, suffixes: tuple[str, ...]) -> Path:
    """A single-file checkpoint (Wav2Lip's .pth), checked to exist."""
    env = f"FILMSTUDIO_{setting.upper()}"
    if path is None or not Path(path).expanduser().is_file() or Path(path).suffix not in suffixes:
        where = f" ({path} is not such a file)" if path else ""
        raise EngineNotInstalled(
            f"The {engine} engine needs its checkpoint: set {env} to a {' or '.join(suffixes)} file{where}.",
            details={"engine": engine, "setting": setting, "path": str(path) if path else None},
        )
    return Path(path).expanduser()


def weights_present(path: Path | None, expected: tuple[str, ...]) -> bool:
    """Whether a weights setting points at what an engine needs (for `filmstudio engines`)."""
    if path is None:
        return False
    path = Path(path).expanduser()
    if not expected:
        return path.is_file()
    return path.is_dir() and all((path / name).exists() for name in expected)


@dataclass(frozen=True)
class Pretrained:
    """A transformers model and its processor, loaded from an engine's local folder onto its device."""

    folder: Path
    device: Device
    torch: ModuleType
    processor: Any
    model: Any


def load_transformers(settings: Any, engine: str, *, model_class: str, processor_class: str) -> Pretrained:
    """The engine's weights folder (checked), its processor, and its model in eval mode on the device."""
    setting, expected = WEIGHTS[engine]
    folder = weights_folder(getattr(settings, setting), setting=setting, engine=engine, expected=expected)
    torch = gpu_module("torch", engine=engine)
    transformers = gpu_module("transformers", engine=engine)
    device = pick_device(settings.gpu_device, engine=engine)
    processor = getattr(transformers, processor_class).from_pretrained(folder, local_files_only=True)
    model = getattr(transformers, model_class).from_pretrained(folder, local_files_only=True, dtype=device.dtype)
    return Pretrained(folder, device, torch, processor, model.to(device.name).eval())
