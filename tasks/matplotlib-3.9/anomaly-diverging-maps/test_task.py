import matplotlib.pyplot as plt
import numpy as np
from matplotlib.colors import to_hex

from solution import ensure_anomaly_maps


def test_maps_are_registered_and_mirrored():
    forward, backward = ensure_anomaly_maps()
    assert to_hex(forward(0.0)) == "#2166ac"
    assert to_hex(forward(1.0)) == "#b2182b"
    assert to_hex(backward(0.0)) == "#b2182b"
    assert to_hex(backward(1.0)) == "#2166ac"
    assert "anomaly" in plt.colormaps()
    assert "anomaly_r" in plt.colormaps()


def test_second_call_is_harmless():
    ensure_anomaly_maps()
    forward, backward = ensure_anomaly_maps()
    assert to_hex(forward(0.0)) == "#2166ac"
    assert to_hex(backward(0.0)) == "#b2182b"
    assert plt.colormaps().count("anomaly") == 1


def test_other_base_name_usable_by_plots():
    ensure_anomaly_maps("tanom")
    fig, ax = plt.subplots()
    mesh = ax.pcolormesh([[-1.0, 1.0]], cmap="tanom_r", vmin=-1, vmax=1)
    colours = [to_hex(c) for c in np.asarray(mesh.to_rgba(mesh.get_array())).reshape(-1, 4)]
    assert colours == ["#b2182b", "#2166ac"]
    plt.close(fig)
