"""Find the dominant frequencies of a sampled vibration signal."""
import warnings

import numpy as np


def dominant_frequencies(samples, rate_hz, top=2):
    """Return the ``top`` strongest (frequency_hz, amplitude) pairs of a real signal."""
    x = np.asarray(samples, dtype=float)
    spectrum = np.fft.rfft(x - x.mean())
    power = np.empty(spectrum.shape, dtype=float)
    with warnings.catch_warnings():
        # |X|^2 is real; writing the complex product into a float buffer drops 0j parts
        warnings.simplefilter("ignore", np.exceptions.ComplexWarning)
        power[:] = spectrum * spectrum.conj()
    amplitude = 2 * np.sqrt(power) / len(x)
    freqs = np.fft.rfftfreq(len(x), d=1 / rate_hz)
    best = np.argsort(amplitude)[::-1][:top]
    return [(float(freqs[i]), round(float(amplitude[i]), 6)) for i in sorted(best)]
