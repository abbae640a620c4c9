import pandas as pd


def attach_customers(orders, customers):
    """Join customer details onto orders; unknown customers are kept and flagged."""
    joined = pd.merge(
        orders,
        customers,
        on="customer_id",
        how="left",
        validate="many_to_one",
        indicator=True,
        suffixes=("", "_customer"),
    )
    joined["known_customer"] = joined["_merge"] == "both"
    joined["tier"] = joined["tier"].fillna("none")
    return joined.drop(columns="_merge")


def orders_without_customer(orders, customers):
    joined = attach_customers(orders, customers)
    return sorted(joined.loc[~joined["known_customer"], "order_id"].tolist())
