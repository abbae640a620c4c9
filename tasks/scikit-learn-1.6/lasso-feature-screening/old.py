"""Screen candidate drivers of customer lifetime value with the lasso."""
import numpy as np
from sklearn.linear_model import Lasso

DRIVERS = ["visits", "basket_eur", "tenure_months", "returns", "newsletter"]


def screen_drivers(X, value, alpha=0.05):
    """Return (kept driver names, fitted model); drivers with a zero coefficient are dropped."""
    model = Lasso(alpha=alpha, normalize=True, max_iter=50_000, tol=1e-8)
    model.fit(np.asarray(X, dtype=float), value)
    kept = [name for name, coef in zip(DRIVERS, model.coef_) if abs(coef) > 1e-9]
    return kept, model


def predicted_value(X, value, customers, alpha=0.05):
    _, model = screen_drivers(X, value, alpha)
    return [round(float(v), 2) for v in model.predict(np.asarray(customers, dtype=float))]
