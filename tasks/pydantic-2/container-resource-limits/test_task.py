import pytest
from pydantic import ValidationError

from solution import Limits, fits_on_node, resolve_limits

FALLBACK = {"cpu_millicores": 250, "memory_mib": 128}


def test_manifest_blocks_and_fallback():
    limits = resolve_limits(
        {
            "api": {"cpu-millicores": 500, "memory-mib": "512", "replicas": 3},
            "sidecar": {},
            "worker": {"cpu-millicores": 1000, "memory-mib": 2048},
        },
        FALLBACK,
    )
    assert sorted(limits) == ["api", "sidecar", "worker"]
    assert all(isinstance(value, Limits) for value in limits.values())
    sidecar = limits["sidecar"]
    assert (sidecar.cpu_millicores, sidecar.memory_mib, sidecar.replicas) == (250, 128, 1)
    assert limits["api"].memory_mib == 512
    assert fits_on_node(limits, node_cpu=2750, node_mib=3712) == []
    assert fits_on_node(limits, node_cpu=2749, node_mib=3712) == ["cpu"]
    assert fits_on_node(limits, node_cpu=1000, node_mib=1024) == ["cpu", "memory"]


def test_fallback_with_replicas():
    limits = resolve_limits({"cron": {}}, {"cpu_millicores": 100, "memory_mib": 64, "replicas": 0})
    assert fits_on_node(limits, node_cpu=0, node_mib=0) == []


def test_invalid_values():
    with pytest.raises(ValidationError):
        resolve_limits({"api": {"cpu-millicores": 0, "memory-mib": 64}}, FALLBACK)
    with pytest.raises(ValidationError):
        resolve_limits({"api": {}}, {"cpu_millicores": 100})
