from solution import blocked_mask

GRID = [["10.0.0.1", "10.0.0.2"], ["192.168.1.5", "10.0.0.1"]]


def test_blocklist_keeps_shape():
    mask = blocked_mask(GRID, {"10.0.0.1"})
    assert mask.shape == (2, 2)
    assert mask.tolist() == [[True, False], [False, True]]


def test_allowlist_mode():
    assert blocked_mask(GRID, ["10.0.0.1", "10.0.0.2"], allow_mode=True).tolist() == [[False, False], [True, False]]
