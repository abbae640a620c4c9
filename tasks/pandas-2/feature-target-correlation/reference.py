"""Screen candidate features of a churn model by their correlation with the target."""
import pandas as pd


def strong_features(rows, target="churned", threshold=0.5):
    """{feature: Pearson r with ``target``} for |r| >= threshold, strongest first."""
    frame = pd.DataFrame(rows)
    if target not in frame.columns:
        raise KeyError(f"no target column {target!r}")
    scores = frame.corr(numeric_only=True)[target].drop(target).dropna()
    strong = scores[scores.abs() >= threshold]
    order = strong.abs().sort_values(ascending=False, kind="mergesort").index
    return {name: round(float(strong[name]), 3) for name in order}
