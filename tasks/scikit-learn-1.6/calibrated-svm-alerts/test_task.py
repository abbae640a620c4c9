import numpy as np

from solution import alert_levels, train_alert_model

CPU = [0.1, 0.2, 0.15, 0.3, 0.25, 0.35, 0.2, 0.1, 0.9, 0.95, 0.85, 0.8, 0.99, 0.9, 0.88, 0.92]
LATENCY = [0.1, 0.15, 0.2, 0.1, 0.3, 0.2, 0.25, 0.05, 0.8, 0.9, 0.95, 0.7, 0.85, 1.0, 0.75, 0.9]
OVER = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]


def test_calibrated_probabilities():
    model = train_alert_model(CPU, LATENCY, OVER)
    assert len(model.calibrated_classifiers_) == 3
    proba = model.predict_proba([[0.1, 0.1], [0.95, 0.95]])
    np.testing.assert_allclose(proba.sum(axis=1), [1.0, 1.0])
    assert proba[0, 1] < 0.2
    assert proba[1, 1] > 0.8


def test_alert_levels():
    model = train_alert_model(CPU, LATENCY, OVER)
    assert alert_levels(model, [[0.1, 0.1], [0.97, 0.95]], page_at=0.8) == ["ok", "page"]
    assert alert_levels(model, [[0.05, 0.05]], warn_at=0.0) == ["warn"]
