"""The gain that brings a mix to a target loudness through the peak limiter, found in memory.

Measuring with ffmpeg means writing the limited mix, running the EBU R128 meter over it, correcting and
doing it all again: the limiter eats part of each correction, so a 60 s film took four passes (a
second of CPU each). Here the mix is K-weighted once (ITU-R BS.1770, by its exact frequency response)
and summed in 5 ms blocks, the limiter's gains are worked out at the same blocks, and the gated
loudness of any gain is a sum over a few thousand numbers: the gain is searched for in milliseconds,
and ffmpeg's meter only confirms the one mix written."""

from __future__ import annotations

import functools

import numpy as np

from filmstudio.media.audio import MIX_RATE

BLOCK = MIX_RATE // 200  # 5 ms: the limiter's blocks (media/mix.limit_peaks)
GATE_STEP = MIX_RATE // 10  # 100 ms: the meter's gating blocks (400 ms) move by this much
# BS.1770's K-weighting at 48 kHz: a high shelf (the head), then a high-pass (RLB)
SHELF = ((1.53512485958697, -2.69169618940638, 1.19839281085285), (1.0, -1.69065929318241, 0.73248077421585))
HIGH_PASS = ((1.0, -2.0, 1.0), (1.0, -1.99004745483398, 0.99007225036621))
TAIL = MIX_RATE // 2  # zeros after the signal, so the filters' ringing does not wrap around to its start


def k_weighted_energy(signal: np.ndarray) -> np.ndarray:
    """The K-weighted energy of a 48 kHz signal (mono, or channels in columns, summed with weight 1:
    BS.1770's for left and right), per 5 ms block."""
    channels = signal[:, None] if signal.ndim == 1 else signal
    size = _fast_size(len(channels) + TAIL)
    response = _k_response(size)
    blocks = len(channels) // BLOCK + 1
    energy = np.zeros(blocks * BLOCK, dtype=np.float32)
    for c in range(channels.shape[1]):  # in single precision: half the time, and far finer than 0.1 LU
        weighted = np.fft.irfft(np.fft.rfft(channels[:, c].astype(np.float32), size) * response, size)
        energy[: len(channels)] += np.square(weighted[: len(channels)])
    per_block: np.ndarray = energy.reshape(blocks, BLOCK).sum(axis=1, dtype=np.float64)
    return per_block


@functools.lru_cache(maxsize=4)
def _k_response(size: int) -> np.ndarray:
    """The K-weighting filters' frequency response at the bins of a real FFT of `size` points."""
    delay = np.exp(-2j * np.pi * np.arange(size // 2 + 1) / size)  # z^-1 on the unit circle
    response = np.ones_like(delay)
    for b, a in (SHELF, HIGH_PASS):
        response *= np.polyval(b[::-1], delay) / np.polyval(a[::-1], delay)
    single: np.ndarray = response.astype(np.complex64)
    return single


def frame_peaks(signal: np.ndarray) -> np.ndarray:
    """The highest sample of each frame, over its channels (a channel at a time: a reduction over the
    short axis of a minute of stereo costs ten times more)."""
    if signal.ndim == 1:
        mono: np.ndarray = np.abs(signal)
        return mono
    peaks: np.ndarray = np.abs(signal[:, 0])
    for c in range(1, signal.shape[1]):
        np.maximum(peaks, np.abs(signal[:, c]), out=peaks)
    return peaks


def block_peaks(signal: np.ndarray) -> np.ndarray:
    """The highest sample (any channel) of each 5 ms block."""
    frames = frame_peaks(signal)
    blocks = len(frames) // BLOCK + 1
    padded = np.zeros(blocks * BLOCK, dtype=np.float32)
    padded[: len(frames)] = frames
    peaks: np.ndarray = padded.reshape(blocks, BLOCK).max(axis=1)
    return peaks


def limiter_gains(peaks: np.ndarray, ceiling: float) -> np.ndarray:
    """The limiter's gain for each 5 ms block: none lets its peak pass the ceiling, each also covers
    the two blocks on either side (look-ahead and release)."""
    gains: np.ndarray = np.minimum(1.0, ceiling / np.maximum(peaks, 1e-9))
    for shift in (1, 2):
        gains = np.minimum(gains, np.roll(gains, shift))
        gains = np.minimum(gains, np.roll(gains, -shift))
    return gains


def gated_loudness(energy: np.ndarray, samples: int) -> float:
    """BS.1770 integrated loudness (LUFS) from the K-weighted energy per 5 ms block: 400 ms blocks
    every 100 ms, gated at -70 LUFS and then 10 LU under the mean."""
    per_step = GATE_STEP // BLOCK
    steps = len(energy) // per_step
    if steps < 4:
        return float("-inf")
    step_energy = energy[: steps * per_step].reshape(steps, per_step).sum(axis=1)
    windows = np.convolve(step_energy, np.ones(4), mode="valid") / (4 * GATE_STEP)
    windows = windows[: max(1, (samples - 4 * GATE_STEP) // GATE_STEP + 1)]
    loud = -0.691 + 10 * np.log10(np.maximum(windows, 1e-20))
    kept = windows[loud > -70.0]
    if not kept.size:
        return float("-inf")
    relative = -0.691 + 10 * np.log10(kept.mean()) - 10.0
    gated = windows[(loud > -70.0) & (loud > relative)]
    return float(-0.691 + 10 * np.log10(gated.mean()))


def gain_for_target(signal: np.ndarray, target: float, ceiling: float) -> float:
    """The linear gain at which `signal`, limited to `ceiling`, measures `target` LUFS (estimated: the
    limiter's gain taken per 5 ms block). 1.0 for silence."""
    energy = k_weighted_energy(signal)
    peaks = block_peaks(signal)
    samples = len(signal)

    def loudness_at(gain: float) -> float:
        gains = limiter_gains(peaks * gain, ceiling)
        smooth = (gains * gains + np.roll(gains, -1) ** 2) / 2  # the curve runs to the next block's gain
        return gated_loudness(energy * smooth * gain * gain, samples)

    if not np.isfinite(loudness_at(1.0)):
        return 1.0
    low, high = -60.0, 60.0  # dB: the loudness only rises with the gain (limited or not)
    for _ in range(40):
        middle = (low + high) / 2
        if loudness_at(10 ** (middle / 20)) < target:
            low = middle
        else:
            high = middle
    return float(10 ** ((low + high) / 40))


def _fast_size(n: int) -> int:
    """The smallest length of at least n whose only prime factors are 2, 3 and 5 (quick for the FFT)."""
    best = 1 << (n - 1).bit_length()
    five = 1
    while five < best:
        three = five
        while three < best:
            size = three
            while size < n:
                size *= 2
            best = min(best, size)
            three *= 3
        five *= 5
    return best
