from solution import build_timetable, open_data

RUNS = [("r2", "Central", "Park", "08:10"), ("r1", "Central", "Park", "08:00"), ("r3", "Park", "Zoo", "08:20")]


def test_open_data_layout():
    assert open_data(build_timetable(RUNS)) == {
        "directed": True,
        "multigraph": True,
        "graph": {"operator": "MetroTram"},
        "stops": [{"stop": "Central"}, {"stop": "Park"}, {"stop": "Zoo"}],
        "arcs": [
            {"from": "Central", "to": "Park", "run": "r1", "depart": "08:00"},
            {"from": "Central", "to": "Park", "run": "r2", "depart": "08:10"},
            {"from": "Park", "to": "Zoo", "run": "r3", "depart": "08:20"},
        ],
    }


def test_empty_timetable():
    data = open_data(build_timetable([]))
    assert data["arcs"] == [] and data["stops"] == []
    assert "links" not in data and "edges" not in data
