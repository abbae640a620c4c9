from solution import DeliveryTimeModel

TRIPS = [
    (1, 1, 10), (2, 1, 12), (1, 3, 14), (2, 2, 13),
    (10, 1, 40), (12, 2, 44), (11, 1, 42), (9, 3, 46),
]


def test_predictions_are_leaf_means():
    model = DeliveryTimeModel(max_depth=1).fit(TRIPS)
    assert model.predict(1.5, 1) == 12.2
    assert model.predict(11, 2) == 43.0


def test_quote_adds_buffer():
    model = DeliveryTimeModel(max_depth=1).fit(TRIPS)
    assert model.quote(11, 2) == 48
    assert model.quote(1, 1, buffer=0.0) == 13


def test_deeper_tree_fits_training_points():
    model = DeliveryTimeModel(max_depth=5).fit(TRIPS)
    assert model.predict(9, 3) == 46.0
