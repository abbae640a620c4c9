import pytest
from pydantic import ValidationError

from solution import PlateRegistry


def test_plates_normalized_and_zones_merged():
    registry = PlateRegistry()
    assert registry.grant("  m-ab-123 ", 4) == "M-AB-123"
    registry.grant("M-AB-123", 2)
    registry.grant("m-ab-123", 4)
    assert registry.zones_for("m-ab-123") == [2, 4]
    assert registry.zones_for("B-X-1") == []


@pytest.mark.parametrize("plate", ["MAB123", "M-AB-12345", "ABCD-A-1", "M-ABC-1", "M-AB-", "1-AB-12"])
def test_invalid_plates(plate):
    registry = PlateRegistry()
    with pytest.raises(ValidationError):
        registry.grant(plate, 1)
    assert registry.zones_for(plate) == []
