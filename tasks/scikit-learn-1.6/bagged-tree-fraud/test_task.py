from solution import flag, train_flagger

AMOUNTS = [12, 25, 40, 8, 30, 15, 900, 1200, 750, 20, 35, 1100, 18, 980, 22, 60]
HOURS = [10, 14, 18, 9, 12, 16, 3, 2, 4, 11, 20, 1, 13, 3, 15, 19]
LABELS = [0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1, 0, 0]


def test_flags_large_night_transactions():
    model = train_flagger(AMOUNTS, HOURS, LABELS)
    assert flag(model, [[15, 12], [1000, 2], [45, 17], [850, 3]]) == [1, 3]


def test_ensemble_size_and_probabilities():
    model = train_flagger(AMOUNTS, HOURS, LABELS, n_trees=5)
    assert len(model.estimators_) == 5
    assert all(tree.get_depth() <= 2 for tree in model.estimators_)
    proba = model.predict_proba([[10, 12], [1300, 1]])
    assert proba[0, 1] == 0.0
    assert proba[1, 1] == 1.0
