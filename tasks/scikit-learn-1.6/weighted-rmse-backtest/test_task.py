from solution import Backtester

TEMPERATURE = [10, 12, 14, 16, 18, 20, 22, 24, 26, 28]


def test_linear_demand_is_predicted_exactly():
    demand = [5 * t + 3 for t in TEMPERATURE]
    assert Backtester().run(TEMPERATURE, demand) == [0.0, 0.0]


def test_weighted_errors():
    demand = [53, 63, 73, 83, 93, 103, 117, 121, 133, 140]
    assert Backtester().run(TEMPERATURE, demand) == [3.464, 2.118]


def test_unweighted_when_decay_is_one():
    demand = [53, 63, 73, 83, 93, 103, 117, 121, 133, 140]
    assert Backtester(train_size=8, horizon=2, decay=1.0).run(TEMPERATURE, demand) == [2.607]
