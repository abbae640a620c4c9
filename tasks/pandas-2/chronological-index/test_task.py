import pandas as pd
import pytest

from solution import ensure_chronological, window


def _events():
    return pd.DataFrame(
        {
            "timestamp": ["2024-03-01 10:00", "2024-03-01 08:30", "2024-03-02 09:15", "2024-02-28 23:59"],
            "event": ["login", "boot", "logout", "deploy"],
        }
    )


def test_unsorted_events_get_sorted():
    result = ensure_chronological(_events())
    assert list(result["event"]) == ["deploy", "boot", "login", "logout"]
    assert result.index.name == "timestamp"
    assert result.index[0] == pd.Timestamp("2024-02-28 23:59")


def test_sorted_input_is_kept_and_original_untouched():
    events = pd.DataFrame({"ts": ["2024-01-01", "2024-01-02"], "value": [1, 2]})
    result = ensure_chronological(events, column="ts")
    assert list(result["value"]) == [1, 2]
    assert list(events.columns) == ["ts", "value"]


def test_duplicates_raise_and_window_slices():
    dup = pd.DataFrame({"timestamp": ["2024-01-02", "2024-01-01", "2024-01-02"], "x": [1, 2, 3]})
    with pytest.raises(ValueError, match="duplicate timestamp"):
        ensure_chronological(dup)
    sliced = window(_events(), "2024-03-01", "2024-03-01 23:59")
    assert list(sliced["event"]) == ["boot", "login"]
