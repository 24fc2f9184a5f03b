"""The Wav2Lip generator (Prajwal et al., "A Lip Sync Expert Is All You Need", ACM MM 2020) for 96×96
faces: a face encoder over the masked target and a reference frame (6 channels), an audio encoder over
16 mel frames, and a decoder joined to the face features at every scale. Layer names and shapes follow
the published checkpoints (`wav2lip.pth`, `wav2lip_gan.pth`) so their state dicts load as they are;
`width` scales every channel count, for the tiny random models the tests build.

Imported only by the wav2lip engine, after torch was found."""

from __future__ import annotations

import torch
from torch import nn

# (in, out, kernel, stride, padding, residual) in units of the full model's channels
Spec = tuple[int, int, int, int | tuple[int, int], int, bool]

FACE_ENCODER: tuple[tuple[Spec, ...], ...] = (
    ((6, 16, 7, 1, 3, False),),
    ((16, 32, 3, 2, 1, False), (32, 32, 3, 1, 1, True), (32, 32, 3, 1, 1, True)),
    ((32, 64, 3, 2, 1, False), (64, 64, 3, 1, 1, True), (64, 64, 3, 1, 1, True), (64, 64, 3, 1, 1, True)),
    ((64, 128, 3, 2, 1, False), (128, 128, 3, 1, 1, True), (128, 128, 3, 1, 1, True)),
    ((128, 256, 3, 2, 1, False), (256, 256, 3, 1, 1, True), (256, 256, 3, 1, 1, True)),
    ((256, 512, 3, 2, 1, False), (512, 512, 3, 1, 1, True)),
    ((512, 512, 3, 1, 0, False), (512, 512, 1, 1, 0, False)),
)
AUDIO_ENCODER: tuple[Spec, ...] = (
    (1, 32, 3, 1, 1, False),
    (32, 32, 3, 1, 1, True),
    (32, 32, 3, 1, 1, True),
    (32, 64, 3, (3, 1), 1, False),
    (64, 64, 3, 1, 1, True),
    (64, 64, 3, 1, 1, True),
    (64, 128, 3, 3, 1, False),
    (128, 128, 3, 1, 1, True),
    (128, 128, 3, 1, 1, True),
    (128, 256, 3, (3, 2), 1, False),
    (256, 256, 3, 1, 1, True),
    (256, 512, 3, 1, 0, False),
    (512, 512, 1, 1, 0, False),
)
# each decoder block: an up-convolution (in, out, kernel, stride, padding, output padding), then residuals
FACE_DECODER: tuple[tuple[tuple[int, int, int, int, int, int] | None, tuple[int, ...]], ...] = (
    (None, ()),  # the first block is a 1×1 convolution of the audio embedding (below)
    ((1024, 512, 3, 1, 0, 0), (512,)),
    ((1024, 512, 3, 2, 1, 1), (512, 512)),
    ((768, 384, 3, 2, 1, 1), (384, 384)),
    ((512, 256, 3, 2, 1, 1), (256, 256)),
    ((320, 128, 3, 2, 1, 1), (128, 128)),
    ((160, 64, 3, 2, 1, 1), (64, 64)),
)
FACE = 96
MEL_STEPS = 16


def _scaled(channels: int, width: float) -> int:
    return channels if channels <= 6 else max(1, int(round(channels * width)))


class ConvNorm(nn.Module):
    """Convolution, batch norm, ReLU; a residual block adds its input back before the ReLU."""

    def __init__(
        self,
        cin: int,
        cout: int,
        kernel: int,
        stride: int | tuple[int, int],
        padding: int,
        residual: bool = False,
    ) -> None:
        super().__init__()
        self.conv_block = nn.Sequential(nn.Conv2d(cin, cout, kernel, stride, padding), nn.BatchNorm2d(cout))
        self.act = nn.ReLU()
        self.residual = residual

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.conv_block(x)
        return self.act(out + x if self.residual else out)


class UpConvNorm(nn.Module):
    def __init__(self, cin: int, cout: int, kernel: int, stride: int, padding: int, output_padding: int) -> None:
        super().__init__()
        self.conv_block = nn.Sequential(
            nn.ConvTranspose2d(cin, cout, kernel, stride, padding, output_padding), nn.BatchNorm2d(cout)
        )
        self.act = nn.ReLU()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.act(self.conv_block(x))


class Wav2Lip(nn.Module):
    def __init__(self, width: float = 1.0) -> None:
        super().__init__()
        w = width

        def conv(spec: Spec) -> ConvNorm:
            cin, cout, kernel, stride, padding, residual = spec
            return ConvNorm(_scaled(cin, w), _scaled(cout, w), kernel, stride, padding, residual)

        self.face_encoder_blocks = nn.ModuleList(nn.Sequential(*map(conv, block)) for block in FACE_ENCODER)
        self.audio_encoder = nn.Sequential(*map(conv, AUDIO_ENCODER))
        blocks: list[nn.Module] = [nn.Sequential(ConvNorm(_scaled(512, w), _scaled(512, w), 1, 1, 0))]
        for up, residuals in FACE_DECODER[1:]:
            assert up is not None
            cin, cout, kernel, stride, padding, out_pad = up
            layers: list[nn.Module] = [UpConvNorm(_scaled(cin, w), _scaled(cout, w), kernel, stride, padding, out_pad)]
            layers += [ConvNorm(_scaled(c, w), _scaled(c, w), 3, 1, 1, True) for c in residuals]
            blocks.append(nn.Sequential(*layers))
        self.face_decoder_blocks = nn.ModuleList(blocks)
        self.output_block = nn.Sequential(
            ConvNorm(_scaled(80, w), _scaled(32, w), 3, 1, 1),
            nn.Conv2d(_scaled(32, w), 3, 1, 1, 0),
            nn.Sigmoid(),
        )

    def forward(self, mels: torch.Tensor, faces: torch.Tensor) -> torch.Tensor:
        """mels (B, 1, 80, 16), faces (B, 6, 96, 96) in 0..1 -> mouths (B, 3, 96, 96) in 0..1."""
        features = []
        x = faces
        for block in self.face_encoder_blocks:
            x = block(x)
            features.append(x)
        x = self.audio_encoder(mels)
        for block in self.face_decoder_blocks:
            x = torch.cat((block(x), features.pop()), dim=1)
        return self.output_block(x)


def width_of(state: dict[str, torch.Tensor]) -> float:
    """The channel scale a checkpoint was trained at (1.0 for the published ones)."""
    return float(state["face_encoder_blocks.0.0.conv_block.0.weight"].shape[0]) / 16.0


def load(path: str, device: str) -> Wav2Lip:
    """A checkpoint as the Wav2Lip repository saves it ({"state_dict": …}, keys maybe under "module.")."""
    checkpoint = torch.load(path, map_location="cpu", weights_only=True)
    state = checkpoint.get("state_dict", checkpoint)
    state = {key.removeprefix("module."): value for key, value in state.items()}
    model = Wav2Lip(width_of(state))
    model.load_state_dict(state)
    model.to(device).eval()  # both in place: a Module's to() and eval() return the module itself
    return model
