from solution import encode_customers, label_for_column

CUSTOMERS = [
    {"city": "Lyon", "plan": "pro"},
    {"city": "Berlin", "plan": "free"},
    {"city": "Lyon", "plan": "free"},
]


def test_labels_and_rows():
    labels, rows = encode_customers(CUSTOMERS)
    assert labels == ["city_Berlin", "city_Lyon", "plan_free", "plan_pro"]
    assert rows == [[0, 1, 0, 1], [1, 0, 1, 0], [0, 1, 1, 0]]


def test_label_lookup():
    assert label_for_column(CUSTOMERS, 2) == "plan_free"
    assert label_for_column([{"city": "Oslo", "plan": "team"}], 1) == "plan_team"
