from solution import tile_colours


def test_three_steps():
    assert tile_colours([0.0, 0.2, 0.5, 0.9, 1.0]) == ["#a50026", "#a50026", "#ffffbf", "#006837", "#006837"]


def test_clipping_and_other_map():
    assert tile_colours([-3, 7]) == ["#a50026", "#006837"]
    assert tile_colours([0.1, 0.9], steps=2, cmap_name="Greys") == ["#ffffff", "#000000"]
