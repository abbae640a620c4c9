from solution import summarize


def _write(path, text):
    with open(path, "w") as handle:
        handle.write(text)
    return path


def test_undirected_report():
    path = _write("friends.txt", "ann bob\nbob cy\ndan eve\n")
    assert summarize(path) == (
        "Graph named 'friends.txt' with 5 nodes and 3 edges\n"
        "density: 0.300\n"
        "components: 2"
    )


def test_directed_report():
    path = _write("calls.txt", "a b\nb a\nb c\n")
    assert summarize(path, directed=True) == (
        "DiGraph named 'calls.txt' with 3 nodes and 3 edges\n"
        "density: 0.500\n"
        "components: 1"
    )
