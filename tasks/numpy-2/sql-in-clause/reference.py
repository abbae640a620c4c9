"""Build read-only SQL for fetching rows whose ids were selected with numpy."""
import numpy as np


def select_by_ids(table, ids, columns=("*",), chunk_size=500):
    """Return a list of SELECT statements, each with at most ``chunk_size`` ids.

    Ids are de-duplicated and sorted; they are integers, so they are safe to inline.
    """
    unique_ids = np.unique(np.asarray(ids, dtype=np.int64)).tolist()
    cols = ", ".join(columns)
    statements = []
    for start in range(0, len(unique_ids), chunk_size):
        chunk = unique_ids[start : start + chunk_size]
        if len(chunk) == 1:
            condition = f"id = {chunk[0]!r}"
        else:
            condition = f"id IN {tuple(chunk)}"
        statements.append(f"SELECT {cols} FROM {table} WHERE {condition}")
    return statements
