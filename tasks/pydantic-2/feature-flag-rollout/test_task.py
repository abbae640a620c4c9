import pytest
from pydantic import ValidationError

from solution import FeatureFlags, load_flags


def test_remote_flags_with_overrides():
    flags = load_flags({"new_checkout": "yes", "dark_mode": False, "beta_search": 1}, {"dark_mode": True, "beta_search": "no"})
    assert isinstance(flags, FeatureFlags)
    assert flags.enabled("new_checkout")
    assert flags.enabled("dark_mode")
    assert not flags.enabled("beta_search")
    assert flags.turned_on() == ["dark_mode", "new_checkout"]


def test_unknown_flag_is_off():
    flags = load_flags({}, {})
    assert not flags.enabled("anything")
    assert flags.turned_on() == []


def test_non_boolean_value_rejected():
    with pytest.raises(ValidationError):
        load_flags({"new_checkout": "sometimes"}, {})
