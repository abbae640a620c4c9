"""Department budget sheet with a grand-total line, for the monthly finance pack."""
import pandas as pd

AMOUNTS = ["planned", "actual", "variance"]


def budget_sheet(lines, label="TOTAL"):
    """One row per department (alphabetical) plus a final total row."""
    frame = pd.DataFrame(lines, columns=["department", "planned", "actual"])
    if frame.empty:
        raise ValueError("no budget lines")
    sheet = frame.groupby("department", as_index=False, sort=True)[["planned", "actual"]].sum()
    sheet["variance"] = sheet["actual"] - sheet["planned"]
    totals = {"department": label}
    totals.update(sheet[AMOUNTS].sum().to_dict())
    sheet = sheet.append(totals, ignore_index=True)
    sheet["over_budget"] = sheet["variance"] > 0
    return sheet


def overspending(lines):
    sheet = budget_sheet(lines)
    rows = sheet.iloc[:-1]
    return rows.loc[rows["over_budget"], "department"].tolist()
