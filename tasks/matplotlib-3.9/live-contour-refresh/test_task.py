import matplotlib.pyplot as plt
import numpy as np

from solution import LiveContourView

X, Y = np.meshgrid(np.linspace(0, 10, 51), np.linspace(0, 10, 51))


def _plume(cx, cy):
    return np.exp(-((X - cx) ** 2 + (Y - cy) ** 2) / 2.0)


def _is_white(view, x, y):
    view.fig.canvas.draw()
    image = np.asarray(view.fig.canvas.buffer_rgba())
    px, py = view.ax.transData.transform((x, y))
    row = image.shape[0] - int(round(py))
    return tuple(int(v) for v in image[row, int(round(px)), :3]) == (255, 255, 255)


def test_previous_frame_disappears():
    view = LiveContourView(X, Y, levels=[0.2, 0.5, 0.8, 1.0])
    view.update(_plume(2.5, 2.5))
    assert not _is_white(view, 2.5, 2.5)
    assert _is_white(view, 7.5, 7.5)
    view.update(_plume(7.5, 7.5))
    assert _is_white(view, 2.5, 2.5)
    assert not _is_white(view, 7.5, 7.5)
    assert view.ax.get_title() == "step 2"
    plt.close(view.fig)


def test_many_frames_keep_one_visible_set():
    view = LiveContourView(X, Y, levels=[0.5, 1.0])
    for step in range(5):
        latest = view.update(_plume(2.0 + step, 5.0))
    assert view.frames == 5
    assert list(latest.levels) == [0.5, 1.0]
    assert _is_white(view, 2.0, 5.0)
    assert not _is_white(view, 6.0, 5.0)
    plt.close(view.fig)
