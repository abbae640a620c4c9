import gzip
import pickle

import pytest

from solution import clean_stage, routing_stage

SEGMENTS = [
    ("depot", "mill", 4.5, "open"),
    ("mill", "bridge", 2.0, "open"),
    ("depot", "bridge", 9.0, "open"),
    ("bridge", "port", 3.25, "open"),
    ("mill", "port", 1.0, "closed"),
    ("port", "port", 0.5, "open"),
]


def test_stage_file_is_gzip_compressed_pickle():
    path = clean_stage(SEGMENTS)
    assert path == "roads.gpickle.gz"
    with open(path, "rb") as handle:
        assert handle.read(2) == b"\x1f\x8b"
    with gzip.open(path, "rb") as handle:
        graph = pickle.load(handle)
    assert graph.graph == {"stage": "clean"}
    assert graph.number_of_edges() == 4
    assert not graph.has_edge("mill", "port")
    assert graph["bridge"]["port"] == {"length_km": 3.25}


def test_routing_after_handoff():
    path = clean_stage(SEGMENTS, out_path="handoff.gz")
    assert routing_stage(path, "depot", "port") == (9.75, ["depot", "mill", "bridge", "port"])
    assert routing_stage(path, "port", "mill") == (5.25, ["port", "bridge", "mill"])


def test_foreign_input_rejected():
    import networkx as nx

    with gzip.open("foreign.gz", "wb") as handle:
        pickle.dump(nx.path_graph(3), handle)
    with pytest.raises(ValueError):
        routing_stage("foreign.gz", 0, 2)
