import json

from solution import Workflow


def _tickets():
    return (
        Workflow("tickets", "open")
        .allow("open", "doing", "start")
        .allow("doing", "done", "finish")
        .allow("doing", "open", "stop")
        .allow("done", "open", "reopen")
    )


def test_dumps_layout():
    text = _tickets().dumps()
    assert text == (
        '{"directed": true, "graph": {"initial": "open", "name": "tickets"}, "multigraph": false, '
        '"nodes": [{"state": "doing"}, {"state": "done"}, {"state": "open"}], '
        '"transitions": [{"action": "finish", "source": "doing", "target": "done"}, '
        '{"action": "stop", "source": "doing", "target": "open"}, '
        '{"action": "reopen", "source": "done", "target": "open"}, '
        '{"action": "start", "source": "open", "target": "doing"}]}'
    )


def test_loads_roundtrip():
    restored = Workflow.loads(_tickets().dumps())
    assert restored.actions("doing") == ["finish", "stop"]
    assert restored.graph.graph == {"initial": "open", "name": "tickets"}
    assert sorted(restored.graph.edges()) == [("doing", "done"), ("doing", "open"), ("done", "open"), ("open", "doing")]


def test_loads_external_definition():
    text = json.dumps({
        "graph": {"name": "doc", "initial": "draft"},
        "nodes": [{"state": "draft"}, {"state": "live"}],
        "transitions": [{"source": "draft", "target": "live", "action": "publish"}],
    })
    assert Workflow.loads(text).actions("draft") == ["publish"]
