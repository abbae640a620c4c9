"""Animation of a satellite on an elliptical orbit (frames are rendered to files by the caller)."""
import numpy as np
import matplotlib.pyplot as plt


def orbit_animation(a=2.0, b=1.2, n_frames=60):
    """Return (fig, update); ``update(frame)`` moves the satellite and returns changed artists."""
    angles = np.linspace(0, 2 * np.pi, n_frames, endpoint=False)
    xs, ys = a * np.cos(angles), b * np.sin(angles)
    fig, ax = plt.subplots(figsize=(4, 3))
    ax.plot(a * np.cos(np.linspace(0, 2 * np.pi, 200)), b * np.sin(np.linspace(0, 2 * np.pi, 200)),
            color="0.7", linewidth=0.8)
    ax.plot([0], [0], marker="*", markersize=12, color="orange")
    (satellite,) = ax.plot([], [], marker="o", color="tab:blue")
    clock = ax.text(0.02, 0.02, "", transform=ax.transAxes)
    ax.set_aspect("equal")
    ax.set_xlim(-1.1 * a, 1.1 * a)
    ax.set_ylim(-1.1 * b, 1.1 * b)

    def update(frame):
        i = frame % n_frames
        satellite.set_data([xs[i]], [ys[i]])
        clock.set_text(f"frame {i}")
        return satellite, clock

    return fig, update
