"""Normalise SKU codes typed by warehouse staff before matching them to the catalogue."""
import pandas as pd


def normalise_skus(codes):
    """Clean codes like ' ab-12 / x' to 'AB12X', split family and number, drop duplicates."""
    skus = pd.Series(codes, dtype="object").str.strip().str.upper()
    skus = skus.str.replace(r"[^A-Z0-9]", "", regex=True)
    parts = skus.str.extract(r"^(?P<family>[A-Z]+)(?P<number>\d+)")
    table = pd.concat([skus.rename("sku"), parts], axis=1).dropna()
    table["number"] = table["number"].astype(int)
    return table.drop_duplicates("sku").reset_index(drop=True)
