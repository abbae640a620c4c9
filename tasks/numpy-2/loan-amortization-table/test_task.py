import numpy as np
import pytest

from solution import amortization_schedule


def test_schedule_fields_and_values():
    table = amortization_schedule(1200.0, 0.12, 3)
    assert table.dtype.names == ("month", "payment", "interest", "principal", "balance")
    assert table.dtype["payment"] == np.dtype("float64")
    assert table["month"].tolist() == [1, 2, 3]
    assert table["payment"][0] == pytest.approx(408.0265, abs=1e-4)
    assert table["interest"].tolist() == pytest.approx([12.0, 8.0397, 4.0399], abs=1e-4)
    assert table["balance"][-1] == pytest.approx(0.0, abs=1e-9)
    assert table["principal"].sum() == pytest.approx(1200.0)


def test_zero_rate():
    table = amortization_schedule(600.0, 0.0, 4)
    assert table["payment"].tolist() == [150.0, 150.0, 150.0, 150.0]
    assert table["balance"].tolist() == [450.0, 300.0, 150.0, 0.0]
