import pytest
from pydantic import ValidationError

from solution import AppConfig, Listener, load_config

RAW = {
    "listeners": [{"port": "8080"}, {"host": "127.0.0.1", "port": 9090}],
    "upstreams": {"auth": {"name": "auth", "urls": ["http://auth-1", "http://auth-2"], "timeout_s": "2.5"}},
}


def test_nested_sections_become_models():
    config = load_config(RAW)
    assert isinstance(config, AppConfig)
    assert all(isinstance(listener, Listener) for listener in config.listeners)
    assert [(l.host, l.port) for l in config.listeners] == [("0.0.0.0", 8080), ("127.0.0.1", 9090)]
    assert config.upstreams["auth"].timeout_s == 2.5
    assert config.upstreams["auth"].urls == ["http://auth-1", "http://auth-2"]
    assert config.log_level == "info"


def test_overrides_replace_top_level_keys():
    config = load_config(RAW, {"log_level": "debug", "upstreams": {}})
    assert config.log_level == "debug"
    assert config.upstreams == {}
    assert len(config.listeners) == 2


def test_invalid_nested_value():
    with pytest.raises(ValidationError):
        load_config({"listeners": [{"host": "x"}]})
