"""Stable Diffusion XL through diffusers, from local weights only: the scene's prompt (image/prompts.py),
its people standing where the shots put them (an OpenPose ControlNet over image/poses.py's skeletons),
each recurring character alike in every scene (its LoRA, when the studio has one), the project's seed,
and the refiner on the base's latents when one is given. fp16 on CUDA; the CPU works, slowly."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PIL import Image

from filmstudio.config import Settings
from filmstudio.engines.gpu import WEIGHTS, gpu_module, pick_device, weights_folder
from filmstudio.engines.image.base import PaintedScene, SceneSpec
from filmstudio.engines.image.poses import face_boxes, pose_picture
from filmstudio.engines.image.prompts import scene_prompt

BASE_FILES = WEIGHTS["sdxl"][1]
CONTROLNET_FILES = ("config.json",)
LORA_WEIGHT = 0.8


def generation_size(size: tuple[int, int], longest: int) -> tuple[int, int]:
    """The size to paint at: the frame's aspect with its long side `longest` (SDXL's native 1024),
    both sides multiples of 64; the picture is resized to the frame afterwards."""
    width, height = size
    scale = longest / max(width, height)
    return max(64, int(round(width * scale / 64)) * 64), max(64, int(round(height * scale / 64)) * 64)


class SDXLEngine:
    name = "sdxl"
    paints_people = True

    def __init__(self, settings: Settings) -> None:
        folder = weights_folder(settings.sdxl_model_path, setting="sdxl_model_path", engine="sdxl", expected=BASE_FILES)
        torch = gpu_module("torch", engine="sdxl")
        diffusers = gpu_module("diffusers", engine="sdxl")
        self.settings = settings
        self.device = pick_device(settings.gpu_device, engine="sdxl")
        self._torch = torch
        self._diffusers = diffusers
        self._lock = threading.Lock()  # one pipeline on one device: scenes are painted in turn
        dtype = self.device.dtype
        load = {"dtype": dtype, "local_files_only": True}
        self.controlnet = settings.sdxl_controlnet_path is not None
        if self.controlnet:
            net_folder = weights_folder(
                settings.sdxl_controlnet_path, setting="sdxl_controlnet_path", engine="sdxl", expected=CONTROLNET_FILES
            )
            net = diffusers.ControlNetModel.from_pretrained(net_folder, **load)
            self.pipe = diffusers.StableDiffusionXLControlNetPipeline.from_pretrained(folder, controlnet=net, **load)
        else:
            self.pipe = diffusers.StableDiffusionXLPipeline.from_pretrained(folder, **load)
        self.pipe.to(self.device.name)
        self.pipe.set_progress_bar_config(disable=True)
        self.refiner = None
        if settings.sdxl_refiner_path is not None:
            refiner_folder = weights_folder(
                settings.sdxl_refiner_path,
                setting="sdxl_refiner_path",
                engine="sdxl",
                expected=("model_index.json", "unet"),
            )
            self.refiner = diffusers.StableDiffusionXLImg2ImgPipeline.from_pretrained(
                refiner_folder, text_encoder_2=self.pipe.text_encoder_2, vae=self.pipe.vae, **load
            ).to(self.device.name)
            self.refiner.set_progress_bar_config(disable=True)
        self.loras = self._load_loras(settings.sdxl_lora_dir)

    def _load_loras(self, folder: Path | None) -> set[str]:
        """Every `<character id>.safetensors` in the LoRA folder, as an adapter named after it."""
        if folder is None or not Path(folder).is_dir():
            return set()
        names = set()
        logging = self._diffusers.utils.logging
        level = logging.get_verbosity()
        logging.set_verbosity_error()  # a UNet-only LoRA is the usual kind: no warning per text encoder
        try:
            for path in sorted(Path(folder).glob("*.safetensors")):
                self.pipe.load_lora_weights(str(path.parent), weight_name=path.name, adapter_name=path.stem)
                names.add(path.stem)
        finally:
            logging.set_verbosity(level)
        return names

    def render_scene(self, spec: SceneSpec, size: tuple[int, int], out: Path) -> None:
        self.paint_scene(spec, size).image.save(out, format="PNG", compress_level=1)

    def paint_scene(self, spec: SceneSpec, size: tuple[int, int]) -> PaintedScene:
        from filmstudio.engines.image.prompts import Person

        people = tuple(Person(cid, words) for cid, words in spec.people)
        prompt, negative = scene_prompt(spec, people)
        width, height = generation_size(size, self.settings.sdxl_size)
        call: dict[str, Any] = {
            "prompt": prompt,
            "negative_prompt": negative,
            "width": width,
            "height": height,
            "num_inference_steps": self.settings.sdxl_steps,
            "guidance_scale": self.settings.sdxl_guidance,
        }
        if self.controlnet:
            # with nobody to place, the skeleton picture is black and the ControlNet is turned down to nothing
            call["image"] = Image.fromarray(pose_picture(len(people), (width, height)))
            call["controlnet_conditioning_scale"] = 1.0 if people else 0.0
        with self._lock:
            self._use_loras([p.character_id for p in people])
            call["generator"] = self._torch.Generator(device="cpu").manual_seed(spec.seed)
            if self.refiner is not None:
                latents = self.pipe(**call, output_type="latent", denoising_end=0.8).images
                image = self.refiner(
                    prompt=prompt,
                    negative_prompt=negative,
                    image=latents,
                    denoising_start=0.8,
                    num_inference_steps=call["num_inference_steps"],
                    generator=call["generator"],
                ).images[0]
            else:
                image = self.pipe(**call).images[0]
        image = image.convert("RGB").resize(size, Image.Resampling.LANCZOS)
        faces = dict(zip((p.character_id for p in people), face_boxes(len(people), size), strict=True))
        return PaintedScene(image=image, layer=None, things=[], faces=faces)

    def _use_loras(self, character_ids: list[str]) -> None:
        if not self.loras:
            return
        active = [cid for cid in character_ids if cid in self.loras]
        if active:
            self.pipe.enable_lora()
            self.pipe.set_adapters(active, adapter_weights=[LORA_WEIGHT] * len(active))
        else:
            self.pipe.disable_lora()
