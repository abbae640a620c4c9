from solution import bar_chart

STATUSES = ["200", "404", "200", "500", "200", "404", "301", "200"]


def test_bars_scale_to_width_and_sort_by_count():
    assert bar_chart(STATUSES, width=8).splitlines() == [
        "200 | ######## 4",
        "404 | #### 2",
        "301 | ## 1",
        "500 | ## 1",
    ]


def test_top_symbol_and_label_padding():
    chart = bar_chart(["db", "cache", "db", "queue"], width=4, top=2, symbol="=")
    assert chart == "db    | ==== 2\ncache | == 1"


def test_empty_and_tiny_bars():
    assert bar_chart([]) == ""
    lines = bar_chart(["a"] * 50 + ["b"], width=10).splitlines()
    assert lines == ["a | ########## 50", "b | # 1"]
