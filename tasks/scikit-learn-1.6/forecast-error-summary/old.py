"""Compare competing electricity-load forecasts by root mean squared error."""
from sklearn.metrics import mean_squared_error


def rank_forecasts(actual, forecasts):
    """``forecasts``: {model name: predicted series}. Return [(name, rmse)] best first."""
    scores = []
    for name, predicted in forecasts.items():
        if len(predicted) != len(actual):
            raise ValueError(f"{name}: expected {len(actual)} values, got {len(predicted)}")
        rmse = mean_squared_error(actual, predicted, squared=False)
        scores.append((name, round(float(rmse), 4)))
    return sorted(scores, key=lambda item: (item[1], item[0]))
