"""Spectrum plot that marks and labels the dominant frequency."""
import numpy as np
import matplotlib.pyplot as plt


def spectrum_with_peak(signal, sample_rate_hz):
    """Plot the amplitude spectrum; mark the strongest non-DC peak. Returns (fig, ax, peak_hz)."""
    signal = np.asarray(signal, dtype=float)
    amplitude = np.abs(np.fft.rfft(signal - signal.mean())) * 2 / signal.size
    freqs = np.fft.rfftfreq(signal.size, d=1.0 / sample_rate_hz)
    fig, ax = plt.subplots(figsize=(6, 3))
    ax.plot(freqs, amplitude, linewidth=1)
    (marker,) = ax.plot([], [], "v", color="crimson", markersize=8)
    peak = int(np.argmax(amplitude[1:])) + 1
    marker.set_data([freqs[peak]], [amplitude[peak]])
    ax.annotate(f"{freqs[peak]:.1f} Hz", (freqs[peak], amplitude[peak]),
                textcoords="offset points", xytext=(6, 6))
    ax.set_xlabel("frequency [Hz]")
    ax.set_ylabel("amplitude")
    return fig, ax, float(freqs[peak])
