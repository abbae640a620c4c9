"""Nightly export: one CSV file per region, with Unix line endings for the Linux loaders."""
from pathlib import Path

import pandas as pd


def _file_name(region):
    return str(region).strip().lower().replace(" ", "_") + ".csv"


def export_by_region(frame, directory, column="region"):
    """Write ``<region>.csv`` files (without the region column); return {region: row count}."""
    if column not in frame.columns:
        raise KeyError(f"no {column!r} column to partition by")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = {}
    for region, part in frame.groupby(column, sort=True):
        path = directory / _file_name(region)
        part.drop(columns=column).to_csv(path, index=False, encoding="utf-8", lineterminator="\n")
        written[region] = len(part)
    return written


def read_partition(directory, region):
    return pd.read_csv(Path(directory) / _file_name(region))
