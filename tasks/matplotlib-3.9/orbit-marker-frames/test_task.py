import matplotlib.pyplot as plt
import numpy as np

from solution import orbit_animation


def _position(fig, artist):
    fig.canvas.draw()
    vertices = artist.get_path().vertices
    assert len(vertices) == 1
    return tuple(round(v, 6) for v in vertices[0])


def test_frames_move_the_satellite():
    fig, update = orbit_animation(a=2.0, b=1.0, n_frames=4)
    satellite, clock = update(0)
    assert _position(fig, satellite) == (2.0, 0.0)
    assert clock.get_text() == "frame 0"
    satellite, clock = update(1)
    assert _position(fig, satellite) == (0.0, 1.0)
    satellite, clock = update(6)
    assert _position(fig, satellite) == (-2.0, 0.0)
    assert clock.get_text() == "frame 2"
    plt.close(fig)


def test_frames_can_be_saved():
    fig, update = orbit_animation()
    for frame in (0, 15, 30):
        update(frame)
        fig.savefig(f"orbit_{frame:02d}.png")
    satellite, _ = update(15)
    assert _position(fig, satellite) == (0.0, 1.2)
    image = np.asarray(fig.canvas.buffer_rgba())
    assert image.shape[2] == 4
    plt.close(fig)
