"""Label KPI series as rising, falling, flat or mixed for the weekly digest e-mail."""
import pandas as pd

ORDER = {"rising": 0, "flat": 1, "mixed": 2, "falling": 3, "insufficient": 4}


def classify_trend(values):
    series = pd.Series(values, dtype="float64").dropna()
    if len(series) < 2:
        return "insufficient"
    if series.nunique() == 1:
        return "flat"
    if series.is_monotonic:
        return "rising"
    if series.is_monotonic_decreasing:
        return "falling"
    return "mixed"


def digest(kpis):
    """``kpis`` maps a KPI name to its weekly values; rising KPIs come first."""
    rows = []
    for name, values in kpis.items():
        series = pd.Series(values, dtype="float64").dropna()
        change = float(series.iloc[-1] - series.iloc[0]) if len(series) else 0.0
        rows.append({"kpi": name, "trend": classify_trend(values), "change": round(change, 2)})
    frame = pd.DataFrame(rows, columns=["kpi", "trend", "change"])
    frame = frame.sort_values("trend", key=lambda column: column.map(ORDER), kind="mergesort")
    return frame.reset_index(drop=True)
