import numpy as np
import pytest

from solution import WindowCatalog


def test_summary_table():
    table = WindowCatalog(16).table()
    assert list(table) == ["bartlett", "blackman", "boxcar", "hamming"]
    assert table["boxcar"] == (1.0, 1.0)
    assert table["hamming"] == (0.54, 1.3628)
    assert table["blackman"] == (0.42, 1.7268)
    assert table["bartlett"] == (0.5, 1.3438)


def test_periodic_samples():
    np.testing.assert_allclose(WindowCatalog(5).samples("bartlett"), [0.0, 0.4, 0.8, 0.8, 0.4], atol=1e-12)
    assert WindowCatalog(8).samples("hamming").shape == (8,)


def test_bad_arguments():
    with pytest.raises(KeyError):
        WindowCatalog(8).samples("hanning")
    with pytest.raises(ValueError):
        WindowCatalog(1)
