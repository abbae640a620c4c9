from solution import sales_matrix

ROWS = [
    {"product": "lamp", "quarter": 1, "units": 5},
    {"product": "lamp", "quarter": 1, "units": 2},
    {"product": "desk", "quarter": 2, "units": 4},
    {"product": "lamp", "quarter": 3, "units": 1},
    {"product": "chair", "quarter": 1, "units": 9},
]


def test_matrix_with_totals():
    result = sales_matrix(ROWS)
    assert list(result.columns) == ["Q1", "Q2", "Q3", "total"]
    assert list(result.index) == ["chair", "desk", "lamp", "total"]
    assert result.loc["lamp"].tolist() == [7, 0, 1, 8]
    assert result.loc["total"].tolist() == [16, 4, 1, 21]


def test_matrix_without_totals():
    result = sales_matrix(ROWS, with_totals=False)
    assert result.shape == (3, 3)
    assert result.loc["desk"].tolist() == [0, 4, 0]
    assert str(result.dtypes.iloc[0]) == "int64"
