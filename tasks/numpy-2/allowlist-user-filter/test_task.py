from solution import filter_events


def test_only_allowlisted_users_in_time_order():
    users, times = filter_events([7, 3, 9, 3, 5], [50, 10, 40, 30, 20], {3, 9})
    assert users.tolist() == [3, 3, 9]
    assert times.tolist() == [10, 30, 40]


def test_nobody_allowlisted():
    users, times = filter_events([1, 2], [5, 6], [99])
    assert users.tolist() == []
    assert times.tolist() == []
