import pytest

from solution import DiagnosisNetwork

CAUSES = {
    "pump_fail": ["low_pressure"],
    "leak": ["low_pressure", "puddle"],
    "low_pressure": ["alarm"],
    "power_cut": ["alarm", "lights_off"],
}


def test_nothing_observed():
    assert DiagnosisNetwork(CAUSES).relevant("pump_fail", []) == ["alarm", "low_pressure"]


def test_observations_open_and_close_paths():
    network = DiagnosisNetwork(CAUSES)
    assert network.relevant("pump_fail", ["low_pressure"]) == ["leak", "puddle"]
    assert network.relevant("pump_fail", ["alarm"]) == [
        "leak",
        "lights_off",
        "low_pressure",
        "power_cut",
        "puddle",
    ]
    assert network.relevant("power_cut", {"alarm", "low_pressure"}) == ["lights_off"]


def test_fault_already_observed():
    with pytest.raises(ValueError):
        DiagnosisNetwork(CAUSES).relevant("leak", ["leak"])
