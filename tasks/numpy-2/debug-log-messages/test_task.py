from solution import describe_batch


def test_messages_with_nan():
    assert describe_batch("b-1", [1.0, float("nan"), 2.0, 9.0]) == [
        "batch 'b-1': 4 rows",
        "batch 'b-1': has_nan=True",
        "batch 'b-1': largest deviation at 2 (value 9.0)",
    ]


def test_messages_clean_batch():
    assert describe_batch(7, [3, 3, -1]) == [
        "batch 7: 3 rows",
        "batch 7: has_nan=False",
        "batch 7: largest deviation at 2 (value -1.0)",
    ]


def test_all_nan():
    assert describe_batch(0, [float("nan")]) == ["batch 0: 1 rows", "batch 0: has_nan=True"]
