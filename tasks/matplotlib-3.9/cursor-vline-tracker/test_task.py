from types import SimpleNamespace

import matplotlib.pyplot as plt

from solution import CursorTracker

T = [0.0, 0.5, 1.0, 1.5, 2.0]
V = [1.0, 1.25, 3.5, 2.0, 0.5]


def _cursor_x(tracker):
    """x of every vertex of the cursor line as it is drawn (y spans the axes)."""
    tracker.fig.canvas.draw()
    vertices = tracker.cursor.get_path().vertices
    assert sorted(vertices[:, 1].tolist()) == [0.0, 1.0]
    return vertices[:, 0].tolist()


def test_move_snaps_to_nearest_sample():
    tracker = CursorTracker(T, V)
    assert _cursor_x(tracker) == [0.0, 0.0]
    assert tracker.move_to(1.1) == (1.0, 3.5)
    assert _cursor_x(tracker) == [1.0, 1.0]
    assert tracker.readout.get_text() == "t=1  value=3.50"
    plt.close(tracker.fig)


def test_mouse_events():
    tracker = CursorTracker(T, V)
    tracker.on_move(SimpleNamespace(inaxes=tracker.ax, xdata=1.9))
    assert _cursor_x(tracker) == [2.0, 2.0]
    assert tracker.readout.get_text() == "t=2  value=0.50"
    tracker.on_move(SimpleNamespace(inaxes=None, xdata=None))
    assert _cursor_x(tracker) == [2.0, 2.0]
    tracker.fig.savefig("cursor.png")
    plt.close(tracker.fig)
