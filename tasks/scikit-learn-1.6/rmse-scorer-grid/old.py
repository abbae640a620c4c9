"""Pick the ridge penalty for a delivery-time model by cross-validated RMSE."""
import numpy as np
from sklearn.linear_model import Ridge
from sklearn.metrics import make_scorer, mean_squared_error
from sklearn.model_selection import GridSearchCV, KFold

RMSE = make_scorer(mean_squared_error, greater_is_better=False, squared=False)


def tune_penalty(distance_km, stops, minutes, alphas=(0.01, 1.0, 100.0)):
    """Return (best alpha, best cross-validated RMSE in minutes)."""
    X = np.column_stack([distance_km, stops]).astype(float)
    search = GridSearchCV(Ridge(), {"alpha": list(alphas)}, scoring=RMSE, cv=KFold(3))
    search.fit(X, minutes)
    return search.best_params_["alpha"], round(-float(search.best_score_), 3)
