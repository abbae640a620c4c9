"""Load the service configuration from an already-parsed mapping (e.g. from TOML)."""
from typing import Dict, List

from pydantic import BaseModel


class Listener(BaseModel):
    host: str = "0.0.0.0"
    port: int


class Upstream(BaseModel):
    name: str
    urls: List[str]
    timeout_s: float = 5.0


class AppConfig(BaseModel):
    listeners: List[Listener]
    upstreams: Dict[str, Upstream] = {}
    log_level: str = "info"


def load_config(raw: dict, overrides: dict = None) -> AppConfig:
    """Validate ``raw``; top-level keys in ``overrides`` replace those in ``raw``."""
    merged = dict(raw)
    merged.update(overrides or {})
    return AppConfig.parse_obj(merged)
