"""Relative EEG band power from a single channel recording."""
import numpy as np
import scipy.integrate as si
from scipy.signal import welch

BANDS = {"delta": (0, 4), "theta": (4, 8), "alpha": (8, 12), "beta": (12, 30)}


def band_powers(samples, fs, bands=BANDS):
    """Absolute power per band: Simpson's rule over the Welch PSD (1 Hz resolution)."""
    freqs, psd = welch(np.asarray(samples, dtype=float), fs=fs, nperseg=int(fs))
    powers = {}
    for name, (low, high) in bands.items():
        mask = (freqs >= low) & (freqs <= high)
        if mask.sum() < 3:
            raise ValueError(f"band {name} is too narrow for the frequency resolution")
        powers[name] = float(si.simpson(psd[mask], x=freqs[mask]))
    return powers


def relative_band_powers(samples, fs, bands=BANDS):
    powers = band_powers(samples, fs, bands)
    total = sum(powers.values())
    return {name: round(p / total, 4) for name, p in powers.items()}
