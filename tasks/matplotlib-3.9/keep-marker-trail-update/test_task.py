import matplotlib.pyplot as plt

from solution import TrailReplay

TRACK = [(0, 0), (1, 0), (2, 1), (3, 3), (4, 4), (5, 4), (6, 5)]


def _drawn(replay, line):
    replay.fig.canvas.draw()
    return [tuple(v) for v in line.get_path().vertices.tolist()]


def test_trail_and_head():
    replay = TrailReplay(TRACK, trail_length=3)
    assert replay.show_step(0) == 1
    assert _drawn(replay, replay.head) == [(0.0, 0.0)]
    assert replay.show_step(4) == 3
    assert _drawn(replay, replay.trail) == [(2.0, 1.0), (3.0, 3.0), (4.0, 4.0)]
    assert _drawn(replay, replay.head) == [(4.0, 4.0)]
    plt.close(replay.fig)


def test_limits_and_export():
    replay = TrailReplay(TRACK)
    replay.show_step(6)
    assert replay.ax.get_xlim() == (-1.0, 7.0)
    assert len(_drawn(replay, replay.trail)) == 5
    replay.fig.savefig("trail.png")
    plt.close(replay.fig)
