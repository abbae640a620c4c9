"""Export weather-station readings to CSV, leaving out sensors that reported nothing."""
import csv
import io
from typing import List, Optional

from pydantic import BaseModel

COLUMN_ORDER = ["station", "minute", "temperature", "humidity", "wind_speed"]


class Reading(BaseModel):
    station: str
    minute: int
    temperature: Optional[float] = None
    humidity: Optional[float] = None
    wind_speed: Optional[float] = None


def readings_to_csv(readings: List[Reading]) -> str:
    rows = [reading.dict(exclude_none=True) for reading in readings]
    present = set()
    for row in rows:
        present.update(row)
    columns = [name for name in COLUMN_ORDER if name in present]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
