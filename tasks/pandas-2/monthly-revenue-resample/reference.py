"""Monthly revenue figures for the finance dashboard."""
import pandas as pd


def monthly_revenue(orders, status="paid"):
    """Sum ``amount`` of orders with the given status per calendar month (month-end labels)."""
    frame = pd.DataFrame(orders)
    frame["placed_at"] = pd.to_datetime(frame["placed_at"])
    paid = frame[frame["status"] == status].set_index("placed_at").sort_index()
    totals = paid["amount"].resample("ME").sum()
    totals.index = totals.index.strftime("%Y-%m-%d")
    return totals.round(2).to_dict()


def best_month(orders):
    totals = monthly_revenue(orders)
    return max(totals, key=totals.get)
