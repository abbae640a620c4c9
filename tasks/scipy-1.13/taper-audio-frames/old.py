"""Frame-level loudness for a mono audio clip."""
import numpy as np
from scipy import signal


def frame_signal(samples, frame_len, hop):
    samples = np.asarray(samples, dtype=float)
    if len(samples) < frame_len:
        raise ValueError("clip shorter than one frame")
    count = 1 + (len(samples) - frame_len) // hop
    idx = np.arange(frame_len)[None, :] + hop * np.arange(count)[:, None]
    return samples[idx]


def frame_loudness(samples, frame_len=8, hop=4):
    """RMS of each Hann-tapered frame, in the same units as the samples."""
    frames = frame_signal(samples, frame_len, hop)
    taper = signal.hann(frame_len, sym=False)
    weighted = frames * taper
    power = (weighted ** 2).sum(axis=1) / (taper ** 2).sum()
    return np.sqrt(power)
