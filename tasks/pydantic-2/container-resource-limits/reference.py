"""Resolve container resource limits from a deployment manifest and check node capacity."""
from typing import Dict, List

from pydantic import BaseModel, ConfigDict, Field


class Limits(BaseModel):
    cpu_millicores: int = Field(alias="cpu-millicores", gt=0)
    memory_mib: int = Field(alias="memory-mib", gt=0)
    replicas: int = Field(1, ge=0)

    model_config = ConfigDict(populate_by_name=True)


def resolve_limits(manifest: Dict[str, dict], fallback: Dict[str, int]) -> Dict[str, Limits]:
    """``manifest`` maps container name -> limits block with the manifest's hyphenated keys,
    or an empty block; empty blocks get ``fallback`` (keyed by our field names)."""
    resolved = {}
    for name, block in manifest.items():
        resolved[name] = Limits(**block) if block else Limits(**fallback)
    return resolved


def fits_on_node(limits: Dict[str, Limits], node_cpu: int, node_mib: int) -> List[str]:
    """Names of the resources the node runs out of ("cpu", "memory"); empty when it fits."""
    cpu = sum(l.cpu_millicores * l.replicas for l in limits.values())
    mem = sum(l.memory_mib * l.replicas for l in limits.values())
    short = []
    if cpu > node_cpu:
        short.append("cpu")
    if mem > node_mib:
        short.append("memory")
    return short
