"""Configuration of analog sensors on a factory line."""
from typing import Dict, Optional

from pydantic import BaseModel, model_validator


class SensorConfig(BaseModel):
    name: str
    unit: str
    minimum: float
    maximum: float
    alarm_at: Optional[float] = None

    @model_validator(mode="after")
    def check_bounds(self):
        low, high = self.minimum, self.maximum
        if low >= high:
            raise ValueError("minimum must be below maximum")
        alarm = self.alarm_at
        if alarm is not None and not low <= alarm <= high:
            raise ValueError(f"alarm_at must lie within [{low}, {high}]")
        return self


def configure_sensor(registry: Dict[str, SensorConfig], raw: dict) -> SensorConfig:
    config = SensorConfig(**raw)
    registry[config.name] = config
    return config
