from solution import format_table, independence_table

EDGES = [("x", "y"), ("y", "z"), ("w", "z")]


def test_marginal_and_conditional_independencies():
    assert independence_table(EDGES) == [("w", "x"), ("w", "y")]
    assert independence_table(EDGES, ["y"]) == [("w", "x"), ("x", "z")]
    assert independence_table(EDGES, ["z"]) == []


def test_formatted_table():
    assert format_table(EDGES) == ["w _||_ x", "w _||_ y"]
    assert format_table(EDGES, ("y",)) == ["w _||_ x | y", "x _||_ z | y"]
