from solution import summary_line


def test_summary_text():
    assert summary_line("price", [4, 1, 9.5, 4]) == "price: n=4 range=[1.0, 9.5] quartiles=[3.25, 4.0, 5.375]"


def test_custom_quantiles_and_empty():
    assert summary_line("age", [10, 20, 30], quantiles=(0.5,)) == "age: n=3 range=[10.0, 30.0] quartiles=[20.0]"
    assert summary_line("empty", []) == "empty: n=0"
