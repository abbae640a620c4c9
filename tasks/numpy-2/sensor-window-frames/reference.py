"""Cut an accelerometer stream into fixed-length frames and compute per-frame energy."""
import numpy as np


def frame_signal(samples, frame_length):
    """Drop the incomplete tail and return (frames, energy) with frames of shape
    (n_frames, frame_length) and energy = mean square value of each frame."""
    x = np.asarray(samples, dtype=float)
    n_frames = len(x) // frame_length
    if n_frames == 0:
        raise ValueError("signal shorter than one frame")
    frames = np.reshape(x[: n_frames * frame_length], shape=(n_frames, frame_length))
    energy = (frames**2).mean(axis=1)
    return frames, energy
