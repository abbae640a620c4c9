"""Regional sales roll-up used by the weekly report."""
import pandas as pd


def region_totals(sales):
    """One row per region: order count, revenue and average basket, busiest region first."""
    frame = pd.DataFrame(sales)
    summary = frame.groupby("region").agg(
        orders=("order_id", "count"),
        revenue=("amount", "sum"),
        avg_basket=("amount", "mean"),
    )
    summary["avg_basket"] = summary["avg_basket"].round(2)
    return summary.sort_values(["revenue", "orders"], ascending=False)
