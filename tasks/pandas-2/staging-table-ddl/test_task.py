import pandas as pd
import pytest

from solution import create_table_sql


def _frame():
    return pd.DataFrame(
        {
            "id": [1, 2, 3],
            "email": ["a@x.io", None, "carol@example.org"],
            "score": [0.5, 1.25, None],
            "active": [True, False, True],
            "joined": pd.to_datetime(["2024-01-02", "2024-02-03", "2024-03-04"]),
        }
    )


def test_ddl_lists_columns_in_order_with_types():
    assert create_table_sql("staging.users", _frame(), primary_key="id") == (
        "CREATE TABLE staging.users (\n"
        "    id BIGINT NOT NULL,\n"
        "    email VARCHAR(17),\n"
        "    score DOUBLE PRECISION,\n"
        "    active BOOLEAN NOT NULL,\n"
        "    joined TIMESTAMP NOT NULL,\n"
        "    PRIMARY KEY (id)\n"
        ");"
    )


def test_all_missing_text_column_and_no_key():
    frame = pd.DataFrame({"note": [None, None], "qty": [3, 4]})
    assert create_table_sql("t", frame) == "CREATE TABLE t (\n    note VARCHAR(1),\n    qty BIGINT NOT NULL\n);"


def test_unknown_primary_key():
    with pytest.raises(KeyError):
        create_table_sql("t", _frame(), primary_key="user_id")
