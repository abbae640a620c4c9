import sqlite3

import numpy as np

from solution import select_by_ids


def test_statements_text():
    assert select_by_ids("orders", np.array([42, 7, 42, 13])) == ["SELECT * FROM orders WHERE id IN (7, 13, 42)"]
    assert select_by_ids("users", [5], columns=("id", "name")) == ["SELECT id, name FROM users WHERE id = 5"]


def test_chunks_run_in_sqlite():
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (id INTEGER, v TEXT)")
    db.executemany("INSERT INTO t VALUES (?, ?)", [(i, f"v{i}") for i in range(10)])
    statements = select_by_ids("t", [9, 1, 4, 2, 8], columns=("v",), chunk_size=2)
    assert statements[-1] == "SELECT v FROM t WHERE id = 9"
    rows = [r[0] for s in statements for r in db.execute(s)]
    assert sorted(rows) == ["v1", "v2", "v4", "v8", "v9"]
