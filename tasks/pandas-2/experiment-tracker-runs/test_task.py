import math

import pytest

from solution import ExperimentTracker


def _tracker():
    tracker = ExperimentTracker()
    tracker.log("baseline", accuracy=0.81, loss=0.52)
    tracker.log("wide", accuracy=0.86, loss=0.47)
    tracker.log("deep", accuracy=0.84, loss=0.41)
    return tracker


def test_runs_are_indexed_by_id_in_logging_order():
    tracker = _tracker()
    assert list(tracker.runs.index) == ["baseline", "wide", "deep"]
    assert list(tracker.runs.columns) == ["accuracy", "loss"]
    assert tracker.runs.loc["wide", "loss"] == 0.47
    assert str(tracker.runs["accuracy"].dtype) == "float64"
    assert tracker.best() == "wide"
    assert tracker.best("loss", lower_is_better=True) == "deep"
    assert tracker.ranking() == ["wide", "deep", "baseline"]


def test_partial_metrics_and_chaining():
    tracker = ExperimentTracker(metrics=("f1", "latency_ms"))
    assert tracker.log("a", f1=0.7).log("b", latency_ms=12.5, f1=0.65) is tracker
    assert math.isnan(tracker.runs.loc["a", "latency_ms"])
    assert tracker.runs.loc["b", "latency_ms"] == 12.5
    assert tracker.best("latency_ms", lower_is_better=True) == "b"


def test_duplicate_and_unknown_metrics_are_rejected():
    tracker = _tracker()
    with pytest.raises(ValueError):
        tracker.log("wide", accuracy=0.9, loss=0.3)
    with pytest.raises(KeyError):
        tracker.log("new", precision=0.5)
    assert len(tracker.runs) == 3
    with pytest.raises(LookupError):
        ExperimentTracker().best()
