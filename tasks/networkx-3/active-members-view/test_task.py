import networkx as nx

from solution import active_view, community_report


def _community():
    community = nx.Graph(
        [("ann", "bo"), ("bo", "cid"), ("cid", "dee"), ("dee", "eli"), ("eli", "fay"), ("gus", "hal"), ("ann", "cid")]
    )
    community.nodes["dee"]["banned"] = True
    community.nodes["hal"]["banned"] = True
    return community


def test_report_ignores_banned_members():
    assert community_report(_community()) == {
        "active": 6,
        "links": 4,
        "groups": [["ann", "bo", "cid"], ["eli", "fay"], ["gus"]],
        "most_connected": "ann",
    }


def test_view_is_live_and_does_not_copy():
    community = _community()
    view = active_view(community)
    assert view.number_of_nodes() == 6
    assert community.number_of_nodes() == 8
    community.nodes["dee"]["banned"] = False
    assert "dee" in view
    assert view.has_edge("cid", "dee")
    community.add_edge("ivy", "ann")
    assert view.degree("ann") == 3


def test_everyone_banned():
    community = nx.Graph([("x", "y")])
    community.nodes["x"]["banned"] = True
    community.nodes["y"]["banned"] = True
    assert community_report(community) == {"active": 0, "links": 0, "groups": [], "most_connected": None}
