import pandas as pd


class ExperimentTracker:
    """Metrics of model training runs, one row per run id."""

    def __init__(self, metrics=("accuracy", "loss")):
        self.metrics = list(metrics)
        self.runs = pd.DataFrame(columns=self.metrics, dtype="float64")

    def log(self, run_id, **values):
        unknown = set(values) - set(self.metrics)
        if unknown:
            raise KeyError(f"unknown metrics {sorted(unknown)}")
        row = pd.Series(values, name=run_id, dtype="float64").reindex(self.metrics)
        self.runs = pd.concat([self.runs, row.to_frame().T], verify_integrity=True)
        return self

    def best(self, metric="accuracy", lower_is_better=False):
        column = self.runs[metric].dropna()
        if column.empty:
            raise LookupError(f"no run has logged {metric!r}")
        return column.idxmin() if lower_is_better else column.idxmax()

    def ranking(self, metric="accuracy"):
        ordered = self.runs.sort_values(metric, ascending=False, kind="mergesort")
        return list(ordered.index)
