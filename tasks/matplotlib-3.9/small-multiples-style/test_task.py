import matplotlib.pyplot as plt

from solution import small_multiples

RUNS = {"run-a": [1.0, 2.0, 1.5], "run-b": [0.5, 0.7, 0.9, 1.1], "run-c": [3.0, 2.0], "run-d": [1.0]}


def test_used_panels_have_dashed_grid():
    fig, axes = small_multiples(RUNS)
    assert axes.shape == (2, 3)
    used = list(axes.flat)[:4]
    for ax in used:
        lines = ax.get_xgridlines() + ax.get_ygridlines()
        assert all(line.get_visible() for line in lines)
        assert all(line.get_linestyle() == "--" for line in lines)
        assert ax.get_xgridlines()[0].get_alpha() == 0.5
    assert [ax.get_title() for ax in used] == ["run-a", "run-b", "run-c", "run-d"]
    plt.close(fig)


def test_spare_panels_hidden_without_grid():
    fig, axes = small_multiples(RUNS)
    spare = list(axes.flat)[4:]
    assert len(spare) == 2
    for ax in spare:
        assert not ax.get_visible()
        assert not any(line.get_visible() for line in ax.get_xgridlines())
    plt.close(fig)


def test_single_row_and_data():
    fig, axes = small_multiples({"x": [4, 5]}, ncols=2, shared_limits=False)
    assert axes.shape == (1, 2)
    assert list(axes[0, 0].get_lines()[0].get_ydata()) == [4.0, 5.0]
    plt.close(fig)
