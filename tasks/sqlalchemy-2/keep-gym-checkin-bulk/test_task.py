from solution import GymCheckins


def _gym(url="sqlite://"):
    gym = GymCheckins(url)
    gym.upload("north", [("C-001", "2024-09-02"), ("C-002", "2024-09-02"), ("C-001", "2024-09-03")])
    gym.upload("south", [("C-001", "2024-09-02"), ("C-003", "2024-09-03"), ("C-003", "2024-09-04")])
    return gym


def test_daily_visitors_count_people_once():
    gym = _gym()
    assert gym.visitors("2024-09-02") == 2
    assert gym.visitors("2024-09-03") == 2
    assert gym.visitors("2024-09-05") == 0


def test_regulars():
    gym = _gym()
    assert gym.regulars() == ["C-001", "C-003"]
    assert gym.regulars(min_days=3) == []
    assert gym.upload("east", []) == 0


def test_uploads_are_committed(tmp_path):
    url = "sqlite:///" + str(tmp_path / "gym.db")
    _gym(url).engine.dispose()
    assert GymCheckins(url).visitors("2024-09-04") == 1
