from solution import airline_view, build_network, fastest_trip

FLIGHTS = [
    ("AMS", "LHR", "KL", 70),
    ("AMS", "LHR", "BA", 65),
    ("LHR", "JFK", "BA", 480),
    ("AMS", "JFK", "KL", 500),
    ("LHR", "JFK", "VS", 470),
    ("JFK", "BOS", "B6", 75),
]


def test_fastest_trip_per_airline_set():
    network = build_network(FLIGHTS)
    assert fastest_trip(network, "AMS", "JFK", ["KL"]) == 500
    assert fastest_trip(network, "AMS", "JFK", ["BA", "VS"]) == 535
    assert fastest_trip(network, "AMS", "BOS", ["KL", "BA"]) is None
    assert fastest_trip(network, "AMS", "BOS", ["KL", "B6"]) == 575


def test_view_keeps_only_chosen_airline():
    network = build_network(FLIGHTS)
    view = airline_view(network, ["BA"])
    assert view.number_of_edges() == 2
    assert network.number_of_edges() == 6
    assert sorted((u, v, d["minutes"]) for u, v, d in view.edges(data=True)) == [
        ("AMS", "LHR", 65),
        ("LHR", "JFK", 480),
    ]
