from solution import make_config_module


def test_source():
    assert make_config_module({"timeout": 30, "ratio": 0.5}) == "RATIO = 0.5\nTIMEOUT = 30"
