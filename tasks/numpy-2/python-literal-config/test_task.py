import numpy as np

from solution import dump_settings, load_settings


def test_dump_text():
    settings = {
        "learning_rate": np.float64(0.05),
        "layers": np.array([64, 32]),
        "early_stop": np.bool_(True),
        "name": "run-7",
    }
    text = dump_settings(settings)
    assert text == "early_stop = True\nlayers = [64, 32]\nlearning_rate = 0.05\nname = 'run-7'\n"


def test_round_trip():
    settings = {"alpha": np.float32(0.5), "seeds": np.arange(3), "depth": np.int64(4), "plain": 1.25}
    loaded = load_settings(dump_settings(settings))
    assert loaded == {"alpha": 0.5, "seeds": [0, 1, 2], "depth": 4, "plain": 1.25}
