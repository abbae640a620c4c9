from solution import estimate, valuation_model

COMPARABLES = [
    (50, 10, 200_000), (52, 12, 205_000), (48, 8, 198_000), (55, 15, 210_000),
    (100, 5, 410_000), (98, 7, 400_000), (105, 3, 420_000), (102, 6, 415_000),
    (75, 20, 280_000), (78, 22, 285_000),
]


def test_estimates_follow_comparables():
    model = valuation_model(COMPARABLES)
    small = estimate(model, 51, 11)
    large = estimate(model, 101, 5)
    assert small == 214_000
    assert large == 406_000
    assert estimate(model, 76, 21) == 275_000


def test_bags_use_configured_neighbours():
    model = valuation_model(COMPARABLES, neighbours=1, bags=4)
    assert len(model.estimators_) == 4
    assert all(est.n_neighbors == 1 for est in model.estimators_)
