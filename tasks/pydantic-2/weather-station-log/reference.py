"""Weather station log fed by the vendor's JSON feed and by manual observer entries."""
from datetime import datetime
from typing import List, Optional

from pydantic import BaseModel, ConfigDict, Field


class Observation(BaseModel):
    observed_at: datetime = Field(alias="ts")
    temperature_c: float = Field(alias="tempC")
    wind_kmh: float = Field(0.0, alias="windKmh")
    rain_mm: Optional[float] = Field(None, alias="rainMm")

    model_config = ConfigDict(populate_by_name=True)


class StationLog:
    def __init__(self, station: str):
        self.station = station
        self.observations: List[Observation] = []

    def ingest_feed(self, item: dict) -> Observation:
        """Items from the vendor feed: {"ts": ..., "tempC": ..., "windKmh": ..., "rainMm": ...}."""
        observation = Observation(**item)
        self.observations.append(observation)
        return observation

    def record_manual(self, observed_at, temperature_c, **extra) -> Observation:
        """Observer entries come from our own form, keyed by field name."""
        observation = Observation(observed_at=observed_at, temperature_c=temperature_c, **extra)
        self.observations.append(observation)
        return observation

    def summary(self) -> dict:
        temps = [o.temperature_c for o in self.observations]
        rain = [o.rain_mm for o in self.observations if o.rain_mm is not None]
        return {
            "station": self.station,
            "count": len(temps),
            "max_temp": max(temps) if temps else None,
            "max_wind": max((o.wind_kmh for o in self.observations), default=None),
            "rain_total": round(sum(rain), 1) if rain else None,
        }
