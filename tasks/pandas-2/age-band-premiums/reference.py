"""Premium lookup by age band for a travel-insurance quote engine."""
import pandas as pd


class AgeBands:
    """Bands are [edge_i, edge_{i+1}); each band has one yearly premium."""

    def __init__(self, edges, premiums):
        index = pd.Index(edges, dtype="int64")
        if not index.is_monotonic_increasing or index.has_duplicates:
            raise ValueError("band edges must be strictly increasing")
        if len(premiums) != len(index) - 1:
            raise ValueError(f"expected {len(index) - 1} premiums, got {len(premiums)}")
        self.edges = index
        self.labels = [f"{low}-{high - 1}" for low, high in zip(index[:-1], index[1:])]
        self.premiums = dict(zip(self.labels, premiums))

    def quote(self, ages):
        bands = pd.cut(pd.Series(ages, dtype="int64"), bins=self.edges, right=False, labels=self.labels)
        if bands.isna().any():
            raise ValueError("age outside the insured range")
        names = bands.astype(str)
        return pd.DataFrame({"age": ages, "band": names, "premium": names.map(self.premiums).astype(float)})

    def family_total(self, ages):
        return round(float(self.quote(ages)["premium"].sum()), 2)
