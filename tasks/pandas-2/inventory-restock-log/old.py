import pandas as pd


class RestockLog:
    """Append-only record of stock deliveries, one row per delivery."""

    def __init__(self):
        self.frame = pd.DataFrame(
            {
                "sku": pd.Series(dtype="object"),
                "quantity": pd.Series(dtype="int64"),
                "supplier": pd.Series(dtype="object"),
            }
        )

    def record(self, sku, quantity, supplier="unknown"):
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        row = {"sku": sku.upper(), "quantity": int(quantity), "supplier": supplier}
        self.frame = self.frame.append(row, ignore_index=True)
        return len(self.frame)

    def total_for(self, sku):
        mask = self.frame["sku"] == sku.upper()
        return int(self.frame.loc[mask, "quantity"].sum())

    def suppliers(self):
        return sorted(self.frame["supplier"].unique())
