import importlib

from solution import reload_config


def test_reload_sees_edit(tmp_path):
    cfg = tmp_path / "hot_config.py"
    cfg.write_text("LEVEL = 1\n")
    assert reload_config(cfg).LEVEL == 1
    cfg.write_text("LEVEL = 22\n")
    importlib.invalidate_caches()
    assert reload_config(cfg).LEVEL == 22
