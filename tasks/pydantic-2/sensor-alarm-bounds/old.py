"""Configuration of analog sensors on a factory line."""
from typing import Dict, Optional

from pydantic import BaseModel, root_validator


class SensorConfig(BaseModel):
    name: str
    unit: str
    minimum: float
    maximum: float
    alarm_at: Optional[float] = None

    @root_validator()
    def check_bounds(cls, values):
        low, high = values.get("minimum"), values.get("maximum")
        if low is None or high is None:
            return values
        if low >= high:
            raise ValueError("minimum must be below maximum")
        alarm = values.get("alarm_at")
        if alarm is not None and not low <= alarm <= high:
            raise ValueError(f"alarm_at must lie within [{low}, {high}]")
        return values


def configure_sensor(registry: Dict[str, SensorConfig], raw: dict) -> SensorConfig:
    config = SensorConfig(**raw)
    registry[config.name] = config
    return config
