"""Cleaning step of a sensor ingestion pipeline."""
import pandas as pd

NUMERIC_FIELDS = ["temperature", "humidity", "pressure"]


def load(records):
    frame = pd.DataFrame.from_records(records)
    for field in NUMERIC_FIELDS:
        frame[field] = pd.to_numeric(frame[field], errors="coerce")
    return frame


def clean_measurements(records):
    """Drop rows without any reading, fill remaining gaps with column medians, sort by station."""
    frame = load(records)
    frame = frame.dropna(subset=NUMERIC_FIELDS, how="all")
    frame = frame.fillna(frame.median())
    return frame.sort_values(["station", "temperature"]).reset_index(drop=True)
