from solution import CategoryColors


def test_first_categories_follow_palette_order():
    palette = CategoryColors()
    assert palette.color_for("north") == "#1f77b4"
    assert palette.color_for("south") == "#ff7f0e"
    assert palette.color_for("north") == "#1f77b4"
    assert palette.colors_for(["east", "south", "west"]) == ["#2ca02c", "#ff7f0e", "#d62728"]
    assert palette.legend_items() == [
        ("east", "#2ca02c"),
        ("north", "#1f77b4"),
        ("south", "#ff7f0e"),
        ("west", "#d62728"),
    ]


def test_palette_wraps_after_ten_categories():
    palette = CategoryColors()
    hexes = palette.colors_for([f"c{i}" for i in range(11)])
    assert len(set(hexes[:10])) == 10
    assert hexes[10] == hexes[0] == "#1f77b4"


def test_other_palette():
    palette = CategoryColors("Set1")
    assert palette.colors_for(["a", "b", "c"]) == ["#e41a1c", "#377eb8", "#4daf4a"]
