from solution import follower_stats

USERS = ["ann", "bob", "cat", "dan"]
FOLLOWS = [
    ("ann", "bob"), ("bob", "ann"), ("bob", "cat"), ("cat", "dan"),
    ("ann", "cat"), ("ann", "bob"), ("dan", "cat"),
]


def test_counts():
    stats = follower_stats(FOLLOWS, USERS)
    assert stats["following"] == {"ann": 2, "bob": 2, "cat": 1, "dan": 1}
    assert stats["followers"] == {"ann": 1, "bob": 1, "cat": 3, "dan": 1}


def test_two_hop_reach_and_mutuals():
    stats = follower_stats(FOLLOWS, USERS)
    assert stats["reach2"] == {"ann": 2, "bob": 2, "cat": 0, "dan": 0}
    assert stats["mutual"] == [("ann", "bob"), ("cat", "dan")]


def test_user_without_edges():
    stats = follower_stats([("a", "b")], ["a", "b", "c"])
    assert stats["followers"] == {"a": 0, "b": 1, "c": 0}
    assert stats["mutual"] == []
