from solution import isolated_depots, two_hop_reach

LEGS = [("A", "B"), ("B", "C"), ("C", "D"), ("D", "A"), ("B", "E"), ("F", "A")]


def test_reach_within_two_legs():
    assert two_hop_reach(LEGS) == {
        "A": ["B", "C", "E"],
        "B": ["C", "D", "E"],
        "C": ["A", "D"],
        "D": ["A", "B"],
        "E": [],
        "F": ["A", "B"],
    }


def test_isolated_depots():
    assert isolated_depots(LEGS + [("G", "G")]) == ["E", "G"]
    assert isolated_depots([("x", "y"), ("y", "x")]) == []
