"""Prepare event logs so they can be sliced by time."""
import pandas as pd


def ensure_chronological(frame, column="timestamp"):
    """Return ``frame`` indexed by ``column`` in ascending time order.

    Raises ValueError when two events share a timestamp.
    """
    indexed = frame.assign(**{column: pd.to_datetime(frame[column])}).set_index(column)
    if not indexed.index.is_monotonic_increasing:
        indexed = indexed.sort_index(kind="mergesort")
    if indexed.index.has_duplicates:
        duplicated = indexed.index[indexed.index.duplicated()][0]
        raise ValueError(f"duplicate timestamp {duplicated}")
    return indexed


def window(frame, start, end, column="timestamp"):
    return ensure_chronological(frame, column).loc[start:end]
