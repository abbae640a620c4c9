import networkx as nx
import pytest

from solution import UndoStack


def test_undo_restores_previous_state():
    stack = UndoStack(nx.Graph(name="draft"))
    stack.graph.add_edge("a", "b", color="red")
    assert stack.checkpoint() == 1
    stack.graph.add_edge("b", "c")
    stack.graph.edges["a", "b"]["color"] = "blue"
    assert stack.checkpoint() == 2
    stack.graph.remove_node("a")
    restored = stack.undo()
    assert sorted(restored.edges()) == [("a", "b"), ("b", "c")]
    assert restored.edges["a", "b"]["color"] == "blue"
    restored = stack.undo()
    assert list(restored.edges(data="color")) == [("a", "b", "red")]
    assert restored.graph == {"name": "draft"}


def test_nothing_to_undo():
    with pytest.raises(IndexError):
        UndoStack().undo()
