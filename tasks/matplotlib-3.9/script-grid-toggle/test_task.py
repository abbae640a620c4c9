import os

import matplotlib.pyplot as plt
import pytest

from solution import export_sales_chart


def test_grid_on_value_axis_only():
    heights = export_sales_chart([5, 7, 3, 9, 4, 6], "sales.png")
    assert heights == [5, 7, 3, 9, 4, 6]
    assert os.path.getsize("sales.png") > 0
    ax = plt.gca()
    assert all(line.get_visible() for line in ax.get_ygridlines())
    assert not any(line.get_visible() for line in ax.get_xgridlines())
    assert ax.get_ygridlines()[0].get_alpha() == 0.4
    assert ax.get_title() == "Monthly sales"
    plt.close("all")


def test_grid_can_be_switched_off():
    export_sales_chart([1, 1, 1, 1, 1, 1], "flat.png", show_grid=False, title="Flat")
    ax = plt.gca()
    assert not any(line.get_visible() for line in ax.get_ygridlines())
    assert ax.get_title() == "Flat"
    assert os.path.exists("flat.png")
    plt.close("all")


def test_wrong_length():
    with pytest.raises(ValueError):
        export_sales_chart([1, 2], "short.png")
