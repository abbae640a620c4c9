"""Render monthly expense reports as CSV text for a Windows-based accounting tool."""
import pandas as pd


def render_report(expenses):
    """Return CSV text (CRLF line endings) with one row per category, largest first."""
    totals = (
        pd.DataFrame(expenses)
        .groupby("category", as_index=False)["amount"]
        .sum()
        .sort_values(["amount", "category"], ascending=[False, True])
    )
    totals["share"] = totals["amount"] / totals["amount"].sum() * 100
    return totals.to_csv(index=False, float_format="%.2f", lineterminator="\r\n")
