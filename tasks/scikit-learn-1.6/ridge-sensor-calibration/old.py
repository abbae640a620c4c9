"""Calibrate a gas sensor against a reference instrument with ridge regression."""
import numpy as np
from sklearn.linear_model import Ridge


def calibrate(raw_signal, temperature, humidity, reference_ppm, alpha=0.1):
    """Fit ppm ~ (signal, temperature, humidity); the features have very different scales."""
    X = np.column_stack([raw_signal, temperature, humidity]).astype(float)
    return Ridge(alpha=alpha, normalize=True).fit(X, reference_ppm)


def corrected_ppm(model, readings):
    return [round(float(v), 3) for v in model.predict(np.asarray(readings, dtype=float))]
