"""Convert 16-bit PCM audio to 32-bit PCM for a mixing engine."""
import numpy as np


def to_pcm32(samples16, gain_db=0.0):
    """Scale int16 samples to the int32 range, optionally applying a gain in dB.

    The conversion multiplies by 65536 so that full scale stays full scale.
    """
    pcm = np.asarray(samples16)
    if pcm.dtype != np.int16:
        raise TypeError("expected int16 samples")
    wide = pcm.astype(np.int32) * 65536
    if gain_db:
        factor = 10 ** (gain_db / 20)
        wide = np.clip(np.round(wide * factor), -(2**31), 2**31 - 1)
    return wide.astype(np.int32)
