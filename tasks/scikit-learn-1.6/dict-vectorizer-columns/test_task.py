from solution import column_totals, telemetry_table

RECORDS = [
    {"temp": 21.5, "status": "ok"},
    {"temp": 40.0, "status": "hot", "fan": 1.0},
    {"status": "ok", "fan": 0.5},
]


def test_columns_and_rows():
    columns, rows = telemetry_table(RECORDS)
    assert columns == ["fan", "status=hot", "status=ok", "temp"]
    assert all(isinstance(c, str) for c in columns)
    assert rows == [
        [0.0, 0.0, 1.0, 21.5],
        [1.0, 1.0, 0.0, 40.0],
        [0.5, 0.0, 1.0, 0.0],
    ]


def test_totals():
    assert column_totals(RECORDS) == {"fan": 1.5, "status=hot": 1.0, "status=ok": 2.0, "temp": 61.5}
