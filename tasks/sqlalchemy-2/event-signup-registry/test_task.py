from solution import SignupRegistry


def test_register_and_list_attendees():
    registry = SignupRegistry()
    assert registry.register("pottery", {"Maya": 2, "Ben": 1, "Ada": 3}) == 3
    assert registry.register("chess", {"Ben": 1}) == 1
    assert registry.attendees("pottery") == ["Ada", "Ben", "Maya"]
    assert registry.attendees("chess") == ["Ben"]
    assert registry.seats_taken("pottery") == 6


def test_empty_registration_and_unknown_event():
    registry = SignupRegistry()
    assert registry.register("yoga", {}) == 0
    assert registry.attendees("yoga") == []
    assert registry.seats_taken("yoga") == 0


def test_signups_survive_a_new_registry(tmp_path):
    url = "sqlite:///" + str(tmp_path / "events.db")
    first = SignupRegistry(url)
    first.register("choir", {"Lea": 1, "Tom": 2})
    first.engine.dispose()
    second = SignupRegistry(url)
    assert second.attendees("choir") == ["Lea", "Tom"]
    assert second.seats_taken("choir") == 3
