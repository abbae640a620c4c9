from types import SimpleNamespace

import matplotlib.pyplot as plt
from matplotlib.lines import Line2D

from solution import ToggleableLegend


def _axes():
    fig, ax = plt.subplots()
    ax.plot([0, 1, 2], [1, 2, 3], label="cpu")
    ax.plot([0, 1, 2], [3, 1, 2], label="memory")
    ax.plot([0, 1, 2], [0, 0, 1], label="disk")
    return fig, ax


def _legend_lines(legend):
    return [a for a in legend.findobj(Line2D) if a.get_picker()]


def test_legend_entries_are_pickable():
    fig, ax = _axes()
    toggler = ToggleableLegend(ax, pick_radius=7)
    pickable = _legend_lines(toggler.legend)
    assert len(pickable) == 3
    assert all(line.get_picker() == 7 for line in pickable)
    assert toggler.visible_labels() == ["cpu", "memory", "disk"]
    plt.close(fig)


def test_toggle_hides_and_restores():
    fig, ax = _axes()
    toggler = ToggleableLegend(ax)
    memory_entry = _legend_lines(toggler.legend)[1]
    assert toggler.toggle(memory_entry) is False
    assert not ax.get_lines()[1].get_visible()
    assert memory_entry.get_alpha() == 0.2
    assert toggler.visible_labels() == ["cpu", "disk"]
    assert toggler.toggle(memory_entry) is True
    assert memory_entry.get_alpha() == 1.0
    plt.close(fig)


def test_pick_event_dispatch():
    fig, ax = _axes()
    toggler = ToggleableLegend(ax)
    disk_entry = _legend_lines(toggler.legend)[2]
    toggler.on_pick(SimpleNamespace(artist=disk_entry))
    assert toggler.visible_labels() == ["cpu", "memory"]
    toggler.on_pick(SimpleNamespace(artist=ax.get_lines()[0]))
    assert toggler.visible_labels() == ["cpu", "memory"]
    plt.close(fig)
