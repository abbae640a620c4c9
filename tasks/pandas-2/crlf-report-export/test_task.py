from solution import render_report


EXPENSES = [
    {"category": "travel", "amount": 120.0},
    {"category": "food", "amount": 30.5},
    {"category": "travel", "amount": 80.0},
    {"category": "office", "amount": 19.5},
]


def test_report_uses_crlf_line_endings():
    text = render_report(EXPENSES)
    assert text == (
        "category,amount,share\r\n"
        "travel,200.00,80.00\r\n"
        "food,30.50,12.20\r\n"
        "office,19.50,7.80\r\n"
    )


def test_ties_are_sorted_by_name():
    text = render_report([{"category": "b", "amount": 1.0}, {"category": "a", "amount": 1.0}])
    assert text.split("\r\n") == ["category,amount,share", "a,1.00,50.00", "b,1.00,50.00", ""]
    assert "\n" not in text.replace("\r\n", "")
