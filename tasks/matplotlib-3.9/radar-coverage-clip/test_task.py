import matplotlib.pyplot as plt
import numpy as np

from solution import coverage_map


def _field():
    x, y = np.meshgrid(np.linspace(-120, 120, 121), np.linspace(-120, 120, 121))
    return x, y, np.full_like(x, 30.0)  # heavy rain everywhere


def _pixel(fig, ax, x, y):
    fig.canvas.draw()
    image = np.asarray(fig.canvas.buffer_rgba())
    px, py = ax.transData.transform((x, y))
    row = image.shape[0] - int(round(py))
    return tuple(int(v) for v in image[row, int(round(px)), :3])


def test_rain_only_drawn_inside_coverage():
    fig, ax, filled = coverage_map(*_field())
    inside = _pixel(fig, ax, 10.0, 20.0)
    corner = _pixel(fig, ax, 110.0, 110.0)
    assert corner == (255, 255, 255)
    assert inside != (255, 255, 255)
    assert inside[2] > inside[0]
    plt.close(fig)


def test_every_drawn_fill_is_clipped():
    fig, ax, filled = coverage_map(*_field(), range_km=60.0)
    drawn = [c for c in ax.collections if c.get_visible()]
    assert drawn
    assert all(c.get_clip_path() is not None for c in drawn)
    assert _pixel(fig, ax, 80.0, 0.0) == (255, 255, 255)
    assert _pixel(fig, ax, 40.0, 0.0) != (255, 255, 255)
    assert list(filled.levels) == [0.5, 2, 5, 10, 20]
    plt.close(fig)
