"""Product x quarter sales matrix for the planning spreadsheet."""
import pandas as pd


def sales_matrix(rows, with_totals=True):
    """Units sold per product (rows) and quarter (columns); gaps are 0."""
    frame = pd.DataFrame(rows)
    frame["quarter"] = "Q" + frame["quarter"].astype(str)
    matrix = frame.pivot_table(
        index="product",
        columns="quarter",
        values="units",
        aggfunc="sum",
        fill_value=0,
        margins=with_totals,
        margins_name="total",
    )
    matrix.columns.name = None
    return matrix.astype("int64")
