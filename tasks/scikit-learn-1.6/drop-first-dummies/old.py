"""Dummy-coded design matrix for a price regression (one level per factor is the baseline)."""
import numpy as np
from sklearn.linear_model import LinearRegression
from sklearn.preprocessing import OneHotEncoder


def design_matrix(factors):
    """Drop the first level of every factor so the intercept absorbs the baseline."""
    encoder = OneHotEncoder(drop="first", sparse=False, dtype=float)
    return encoder.fit_transform(np.asarray(factors, dtype=object)), encoder


def level_effects(factors, prices):
    """Fit price ~ factors; return the baseline price and the effect of every non-baseline level."""
    X, encoder = design_matrix(factors)
    model = LinearRegression().fit(X, prices)
    names = [
        f"{col}={level}"
        for col, levels, dropped in zip(("size", "colour"), encoder.categories_, encoder.drop_idx_)
        for i, level in enumerate(levels)
        if i != dropped
    ]
    effects = {name: round(float(coef), 6) for name, coef in zip(names, model.coef_)}
    return round(float(model.intercept_), 6), effects
