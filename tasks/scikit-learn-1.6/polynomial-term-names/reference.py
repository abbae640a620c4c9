"""Quadratic response-surface fit for a chemical process (temperature, pressure)."""
import numpy as np
from sklearn.linear_model import LinearRegression
from sklearn.preprocessing import PolynomialFeatures


def fit_surface(settings, yields, factor_names=("temp", "pressure")):
    """Fit yield ~ full quadratic in the factors; return {term name: coefficient} plus the intercept."""
    poly = PolynomialFeatures(degree=2, include_bias=False)
    X = poly.fit_transform(np.asarray(settings, dtype=float))
    model = LinearRegression().fit(X, yields)
    terms = poly.get_feature_names_out(list(factor_names))
    surface = {term: round(float(coef), 6) for term, coef in zip(terms, model.coef_)}
    surface["intercept"] = round(float(model.intercept_), 6)
    return surface
