"""Report which settings changed between two deployments."""
from typing import Any, Dict, List, Tuple

from pydantic import BaseModel


class DatabaseSettings(BaseModel):
    host: str = "localhost"
    port: int = 5432
    pool_size: int = 5


class ServiceSettings(BaseModel):
    name: str
    debug: bool = False
    workers: int = 2
    database: DatabaseSettings = DatabaseSettings()


def _flatten(data: Dict[str, Any], prefix: str = "") -> Dict[str, Any]:
    flat = {}
    for key, value in data.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, path + "."))
        else:
            flat[path] = value
    return flat


def diff_settings(before: ServiceSettings, after: ServiceSettings) -> List[Tuple[str, Any, Any]]:
    """Sorted (dotted key, old value, new value) triples for every changed setting."""
    old_flat = _flatten(before.dict())
    new_flat = _flatten(after.dict())
    return [(key, old_flat[key], new_flat[key]) for key in sorted(old_flat) if old_flat[key] != new_flat[key]]
