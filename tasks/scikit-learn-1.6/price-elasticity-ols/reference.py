"""Own-price and cross-price elasticities from a log-log demand regression."""
import numpy as np
from sklearn.linear_model import LinearRegression


class ElasticityModel:
    def __init__(self):
        self._ols = LinearRegression(fit_intercept=True)

    def fit(self, own_price, rival_price, units):
        X = np.log(np.column_stack([own_price, rival_price]).astype(float))
        self._ols.fit(X, np.log(np.asarray(units, dtype=float)))
        return self

    @property
    def own_elasticity(self):
        return round(float(self._ols.coef_[0]), 3)

    @property
    def cross_elasticity(self):
        return round(float(self._ols.coef_[1]), 3)

    def expected_units(self, own_price, rival_price):
        X = np.log(np.array([[own_price, rival_price]], dtype=float))
        return round(float(np.exp(self._ols.predict(X)[0])), 1)
