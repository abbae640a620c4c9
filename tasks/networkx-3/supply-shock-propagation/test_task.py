import networkx as nx
import pytest

from solution import propagate_shock


def _chain():
    chain = nx.DiGraph()
    chain.add_edge("mine", "smelter", share=0.8)
    chain.add_edge("smelter", "carmaker", share=0.5)
    chain.add_edge("smelter", "shipyard", share=0.3)
    chain.add_edge("chips", "carmaker", share=0.4)
    chain.add_edge("carmaker", "dealer", share=1.0)
    return chain


def test_several_rounds_from_one_supplier():
    assert propagate_shock(_chain(), {"mine": 10}, rounds=3) == {
        "mine": 10.0,
        "smelter": 8.0,
        "carmaker": 4.0,
        "shipyard": 2.4,
        "chips": 0.0,
        "dealer": 4.0,
    }
    assert propagate_shock(_chain(), {"mine": 10})["carmaker"] == 0.0


def test_two_sources_and_zero_rounds():
    assert propagate_shock(_chain(), {"mine": 10, "chips": 5}, rounds=2) == {
        "mine": 10.0,
        "smelter": 8.0,
        "carmaker": 6.0,
        "shipyard": 2.4,
        "chips": 5.0,
        "dealer": 2.0,
    }
    assert propagate_shock(_chain(), {"chips": 1}, rounds=0)["chips"] == 1.0


def test_feedback_loop_and_custom_weight():
    loop = nx.DiGraph()
    loop.add_edge("a", "b", w=2)
    loop.add_edge("b", "a", w=0.5)
    assert propagate_shock(loop, {"a": 1}, rounds=4, weight="w") == {"a": 3.0, "b": 4.0}
    with pytest.raises(KeyError):
        propagate_shock(loop, {"z": 1.0})
