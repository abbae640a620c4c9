import types

from solution import settings_module


def test_module():
    mod = settings_module({"debug": True, "workers": 4})
    assert isinstance(mod, types.ModuleType) and mod.__name__ == "settings"
    assert mod.DEBUG is True and mod.WORKERS == 4
