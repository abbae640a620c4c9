import pytest

from solution import ExposureTable, exposure_summary


def test_summary_for_two_patients():
    hours = [0, 1, 2, 4]
    conc = [[0.0, 4.0, 3.0, 1.0], [0.0, 2.0, 2.0, 2.0]]
    summary = exposure_summary(hours, conc)
    assert summary["auc"] == pytest.approx([9.5, 7.0])
    assert summary["cmax"] == [4.0, 2.0]
    assert summary["highest"] == 0


def test_single_patient_row_and_shape_check():
    assert ExposureTable([0, 2], [1.0, 3.0]).auc().tolist() == pytest.approx([4.0])
    with pytest.raises(ValueError):
        ExposureTable([0, 1, 2], [[1.0, 2.0]])
