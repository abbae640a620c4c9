"""Screen candidate drivers of customer lifetime value with the lasso."""
import numpy as np
from sklearn.linear_model import Lasso
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

DRIVERS = ["visits", "basket_eur", "tenure_months", "returns", "newsletter"]


def screen_drivers(X, value, alpha=0.05):
    """Return (kept driver names, fitted model); drivers with a zero coefficient are dropped."""
    X = np.asarray(X, dtype=float)
    lasso = Lasso(alpha=alpha * np.sqrt(X.shape[0]), max_iter=50_000, tol=1e-8)
    model = make_pipeline(StandardScaler(with_mean=False), lasso)
    model.fit(X, value)
    kept = [name for name, coef in zip(DRIVERS, lasso.coef_) if abs(coef) > 1e-9]
    return kept, model


def predicted_value(X, value, customers, alpha=0.05):
    _, model = screen_drivers(X, value, alpha)
    return [round(float(v), 2) for v in model.predict(np.asarray(customers, dtype=float))]
