"""Tiny randomly initialised GPU-engine models, built here and saved in the folder layouts a studio's
real weights have, so the engines load them through the same path-based code (as diffusers' own tests
do with their dummy components). Their pictures and sounds are noise; their shapes, files and code paths
are the real ones. Nothing is downloaded: even the tokenizers are made here."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

SEED = 0
LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"


def _clip_tokenizer():  # type: ignore[no-untyped-def]
    """A CLIP byte-level BPE tokenizer over single characters (every byte a token, no merges)."""
    from tokenizers.pre_tokenizers import ByteLevel
    from transformers import CLIPTokenizer

    chars = sorted(ByteLevel.alphabet())
    tokens = ["<|startoftext|>", "<|endoftext|>", *chars, *(c + "</w>" for c in chars)]
    return CLIPTokenizer(vocab={t: i for i, t in enumerate(tokens)}, merges=[], model_max_length=77)


def sdxl(
    root: Path, *, controlnet: bool = True, lora_for: tuple[str, ...] = (), refiner: bool = False
) -> dict[str, Path]:
    """A tiny SDXL base (diffusers folder), an OpenPose-shaped ControlNet and LoRAs named after
    characters; returns the settings' paths."""
    import torch
    from diffusers import (
        AutoencoderKL,
        ControlNetModel,
        EulerDiscreteScheduler,
        StableDiffusionXLImg2ImgPipeline,
        StableDiffusionXLPipeline,
        UNet2DConditionModel,
    )
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTextModelWithProjection

    torch.manual_seed(SEED)
    blocks = {
        "block_out_channels": (16, 32),
        "layers_per_block": 1,
        "attention_head_dim": (2, 4),
        "down_block_types": ("DownBlock2D", "CrossAttnDownBlock2D"),
        "use_linear_projection": True,
        "addition_embed_type": "text_time",
        "addition_time_embed_dim": 8,
        "transformer_layers_per_block": (1, 1),
        "projection_class_embeddings_input_dim": 6 * 8 + 16,
        "cross_attention_dim": 32,
        "norm_num_groups": 1,
    }
    unet = UNet2DConditionModel(
        sample_size=32,
        in_channels=4,
        out_channels=4,
        up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"),
        **blocks,
    )
    vae = AutoencoderKL(
        block_out_channels=[16, 32],
        in_channels=3,
        out_channels=3,
        latent_channels=4,
        norm_num_groups=8,
        down_block_types=["DownEncoderBlock2D"] * 2,
        up_block_types=["UpDecoderBlock2D"] * 2,
        sample_size=64,
    )
    text = {
        "bos_token_id": 0,
        "eos_token_id": 2,
        "hidden_size": 16,
        "intermediate_size": 24,
        "num_attention_heads": 2,
        "num_hidden_layers": 2,
        "pad_token_id": 1,
        "vocab_size": 520,
        "projection_dim": 16,
        "hidden_act": "gelu",
    }
    scheduler = EulerDiscreteScheduler(
        beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear", steps_offset=1, timestep_spacing="leading"
    )
    tokenizer = _clip_tokenizer()
    pipe = StableDiffusionXLPipeline(
        vae=vae,
        text_encoder=CLIPTextModel(CLIPTextConfig(**text)),
        tokenizer=tokenizer,
        text_encoder_2=CLIPTextModelWithProjection(CLIPTextConfig(**text)),
        tokenizer_2=tokenizer,
        unet=unet,
        scheduler=scheduler,
    )
    paths = {"sdxl_model_path": root / "sdxl-base"}
    pipe.save_pretrained(paths["sdxl_model_path"])
    if refiner:  # an img2img pipeline finishing the base's latents (the real refiner has one text encoder)
        torch.manual_seed(SEED + 100)
        paths["sdxl_refiner_path"] = root / "sdxl-refiner"
        StableDiffusionXLImg2ImgPipeline(
            vae=vae,
            text_encoder=pipe.text_encoder,
            tokenizer=tokenizer,
            text_encoder_2=pipe.text_encoder_2,
            tokenizer_2=tokenizer,
            scheduler=scheduler,
            requires_aesthetics_score=False,
            unet=UNet2DConditionModel(
                sample_size=32,
                in_channels=4,
                out_channels=4,
                up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"),
                **blocks,
            ),
        ).save_pretrained(paths["sdxl_refiner_path"])
    if controlnet:
        net = ControlNetModel(in_channels=4, conditioning_embedding_out_channels=(8, 16), **blocks)
        paths["sdxl_controlnet_path"] = root / "sdxl-controlnet-openpose"
        net.save_pretrained(paths["sdxl_controlnet_path"])
    if lora_for:
        from peft import LoraConfig
        from peft.utils import get_peft_model_state_dict

        paths["sdxl_lora_dir"] = root / "loras"
        for n, name in enumerate(lora_for):
            torch.manual_seed(SEED + 1 + n)
            lora_unet = UNet2DConditionModel.from_pretrained(paths["sdxl_model_path"] / "unet")
            lora_unet.add_adapter(
                LoraConfig(
                    r=2, lora_alpha=2, init_lora_weights=False, target_modules=["to_q", "to_k", "to_v", "to_out.0"]
                )
            )
            StableDiffusionXLPipeline.save_lora_weights(
                paths["sdxl_lora_dir"],
                unet_lora_layers=get_peft_model_state_dict(lora_unet),
                weight_name=f"{name}.safetensors",
            )
    return paths


def wav2lip(root: Path, width: float = 0.125) -> dict[str, Path]:
    """A Wav2Lip generator at a fraction of the published channel widths, saved as the repository saves
    its checkpoints ({"state_dict": …} with DataParallel's "module." prefixes)."""
    import torch

    from filmstudio.engines.lipsync.wav2lip_net import Wav2Lip

    torch.manual_seed(SEED)
    model = Wav2Lip(width)
    with torch.no_grad():  # random weights barely hear the audio: make its path count, as training does
        audio_path = [model.audio_encoder, *list(model.face_decoder_blocks)[:3]]
        for layer in (m for part in audio_path for m in part.modules()):
            if isinstance(layer, torch.nn.Conv2d | torch.nn.ConvTranspose2d):
                layer.weight.mul_(3.0)
    root.mkdir(parents=True, exist_ok=True)
    path = root / "wav2lip_gan.pth"
    torch.save({"state_dict": {f"module.{k}": v for k, v in model.state_dict().items()}, "global_step": 0}, path)
    return {"wav2lip_checkpoint_path": path}


def _codes_matter(codec) -> None:  # type: ignore[no-untyped-def]
    """A random EnCodec's tiny codebooks barely move its output: spread them, so different codes make
    different sounds (as a trained codec's do)."""
    import torch

    with torch.no_grad():
        for name, buffer in codec.named_buffers():
            if name.endswith("embed") and buffer.dtype.is_floating_point:
                buffer.normal_(0.0, 1.0)


def _unigram_tokenizer(words: str):  # type: ignore[no-untyped-def]
    """A SentencePiece-style unigram tokenizer over characters (T5's kind), as a tokenizers object."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers

    pieces = [("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0), ("▁", -2.0)]
    pieces += [(c, -3.0) for c in words] + [("▁" + c, -3.5) for c in words]
    tokenizer = Tokenizer(models.Unigram(pieces, unk_id=2))
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace()
    tokenizer.decoder = decoders.Metaspace()
    return tokenizer


def musicgen(root: Path) -> dict[str, Path]:
    """A tiny MusicGen (T5 text encoder, EnCodec at 8 kHz and 50 frames a second with 4 codebooks, a
    two-layer decoder) with its processor."""
    import torch
    from transformers import (
        EncodecConfig,
        EncodecFeatureExtractor,
        MusicgenConfig,
        MusicgenDecoderConfig,
        MusicgenForConditionalGeneration,
        MusicgenProcessor,
        T5Config,
        T5TokenizerFast,
    )

    torch.manual_seed(SEED)
    codebook = 32
    text = T5Config(
        vocab_size=len(LETTERS) * 2 + 8,
        d_model=16,
        d_ff=32,
        num_layers=1,
        num_heads=2,
        d_kv=8,
        decoder_start_token_id=0,
        pad_token_id=0,
    )
    audio = EncodecConfig(
        sampling_rate=8000,
        upsampling_ratios=[5, 4, 8],
        target_bandwidths=[2.0],
        hidden_size=16,
        num_filters=2,
        num_residual_layers=1,
        codebook_size=codebook,
        codebook_dim=16,
        num_lstm_layers=1,
        compress=1,
        audio_channels=1,
    )
    decoder = MusicgenDecoderConfig(
        vocab_size=codebook,
        hidden_size=16,
        num_hidden_layers=2,
        num_attention_heads=2,
        ffn_dim=32,
        num_codebooks=4,
        pad_token_id=codebook,
        decoder_start_token_id=codebook,
        bos_token_id=codebook,
        max_position_embeddings=4096,
        tie_word_embeddings=False,
    )
    model = MusicgenForConditionalGeneration(MusicgenConfig(text_encoder=text, audio_encoder=audio, decoder=decoder))
    _codes_matter(model.audio_encoder)
    model.generation_config.pad_token_id = codebook
    model.generation_config.decoder_start_token_id = codebook
    model.generation_config.bos_token_id = codebook
    folder = root / "musicgen"
    model.save_pretrained(folder)
    tokenizer = T5TokenizerFast(
        tokenizer_object=_unigram_tokenizer(LETTERS),
        eos_token="</s>",
        unk_token="<unk>",
        pad_token="<pad>",
        extra_ids=0,
    )
    MusicgenProcessor(EncodecFeatureExtractor(feature_size=1, sampling_rate=8000), tokenizer).save_pretrained(folder)
    return {"musicgen_model_path": folder}


def bark(root: Path, presets: dict[str, str]) -> dict[str, object]:
    """A tiny Bark (semantic, coarse and fine GPTs over Bark's real token ranges, a small EnCodec at
    24 kHz with 8 codebooks of 1024), a small multilingual-BERT-style tokenizer and speaker presets."""
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import (
        BarkCoarseConfig,
        BarkConfig,
        BarkFineConfig,
        BarkModel,
        BarkProcessor,
        BarkSemanticConfig,
        BertTokenizerFast,
        EncodecConfig,
    )
    from transformers.models.bark.generation_configuration_bark import (
        BarkCoarseGenerationConfig,
        BarkFineGenerationConfig,
        BarkGenerationConfig,
        BarkSemanticGenerationConfig,
    )

    torch.manual_seed(SEED)
    tiny = {"hidden_size": 8, "num_layers": 1, "num_heads": 2, "block_size": 1024}
    semantic = BarkSemanticConfig(input_vocab_size=129_600, output_vocab_size=10_048, **tiny)
    coarse = BarkCoarseConfig(input_vocab_size=12_096, output_vocab_size=12_096, **tiny)
    fine = BarkFineConfig(input_vocab_size=1_056, output_vocab_size=1_056, n_codes_total=8, n_codes_given=1, **tiny)
    codec = EncodecConfig(
        sampling_rate=24_000,
        upsampling_ratios=[8, 5, 4, 2],
        target_bandwidths=[6.0],
        hidden_size=16,
        num_filters=2,
        num_residual_layers=1,
        codebook_size=1024,
        codebook_dim=16,
        num_lstm_layers=1,
        compress=1,
        audio_channels=1,
    )
    config = BarkConfig(
        semantic_config=semantic, coarse_acoustics_config=coarse, fine_acoustics_config=fine, codec_config=codec
    )
    model = BarkModel(config)
    _codes_matter(model.codec_model)
    folder = root / "bark"
    model.save_pretrained(folder)
    # Bark's own generation settings (token offsets, rates), as the published folders carry them
    BarkGenerationConfig(
        semantic_config=BarkSemanticGenerationConfig().to_dict(),
        coarse_acoustics_config=BarkCoarseGenerationConfig().to_dict(),
        fine_acoustics_config=BarkFineGenerationConfig().to_dict(),
    ).to_json_file(folder / "generation_config.json")
    vocab = [
        "[PAD]",
        "[UNK]",
        "[CLS]",
        "[SEP]",
        "[MASK]",
        *LETTERS,
        *(f"##{c}" for c in LETTERS),
        ".",
        ",",
        "?",
        "!",
    ]
    wordpiece = Tokenizer(models.WordPiece({t: i for i, t in enumerate(vocab)}, unk_token="[UNK]"))
    wordpiece.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tokenizer = BertTokenizerFast(
        tokenizer_object=wordpiece,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
    )
    BarkProcessor(tokenizer).save_pretrained(folder)
    rng = np.random.default_rng(SEED)
    table: dict[str, object] = {"repo_or_path": str(folder)}
    (folder / "speaker_embeddings" / "v2").mkdir(parents=True, exist_ok=True)
    for preset in presets:  # Bark's prompt shapes: semantic tokens, 2 and 8 codebooks of EnCodec codes
        arrays = {
            "semantic_prompt": rng.integers(0, 10_000, 40),
            "coarse_prompt": rng.integers(0, 1024, (2, 60)),
            "fine_prompt": rng.integers(0, 1024, (8, 60)),
        }
        table[preset] = {}
        for key, array in arrays.items():
            rel = f"speaker_embeddings/{preset}_{key}.npy"
            np.save(folder / rel, array)
            table[preset][key] = rel  # type: ignore[index]
    (folder / "speaker_embeddings_path.json").write_text(json.dumps(table), encoding="utf-8")
    return {"bark_model_path": folder, "bark_voices": dict(presets)}
