import matplotlib.pyplot as plt
import numpy as np

from solution import spectrum_with_peak


def _signal():
    t = np.arange(0, 1, 1 / 200)
    return 0.5 + np.sin(2 * np.pi * 12 * t) + 3 * np.sin(2 * np.pi * 40 * t)


def test_dominant_frequency_marked():
    fig, ax, peak = spectrum_with_peak(_signal(), 200)
    assert peak == 40.0
    marker = ax.get_lines()[1]
    fig.canvas.draw()
    vertices = marker.get_path().vertices
    assert len(vertices) == 1
    assert round(vertices[0, 0], 6) == 40.0
    assert round(vertices[0, 1], 6) == 3.0
    assert [t.get_text() for t in ax.texts] == ["40.0 Hz"]
    plt.close(fig)


def test_dc_offset_ignored():
    t = np.arange(0, 2, 1 / 50)
    fig, ax, peak = spectrum_with_peak(10 + 0.2 * np.sin(2 * np.pi * 3 * t), 50)
    assert peak == 3.0
    fig.savefig("spectrum.png")
    plt.close(fig)
