"""Rolling-origin backtest of a demand model, weighting recent days more heavily."""
import numpy as np
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_squared_error


class Backtester:
    def __init__(self, train_size=6, horizon=2, decay=0.5):
        self.train_size = train_size
        self.horizon = horizon
        self.decay = decay

    def run(self, features, demand):
        """Refit on a sliding window and score each horizon with a recency-weighted RMSE."""
        X = np.asarray(features, dtype=float).reshape(len(demand), -1)
        y = np.asarray(demand, dtype=float)
        scores = []
        for start in range(0, len(y) - self.train_size - self.horizon + 1, self.horizon):
            fit_end = start + self.train_size
            model = LinearRegression().fit(X[start:fit_end], y[start:fit_end])
            test = slice(fit_end, fit_end + self.horizon)
            weights = self.decay ** np.arange(self.horizon)
            rmse = mean_squared_error(y[test], model.predict(X[test]), sample_weight=weights, squared=False)
            scores.append(round(float(rmse), 3))
        return scores
