from solution import Profile, ProfileCache


def test_raw_entry_uses_aliases():
    cache = ProfileCache()
    cache.put(Profile(userId=7, displayName="Ines", locale="pt"))
    assert cache.raw(7) == {"userId": 7, "displayName": "Ines", "locale": "pt"}
    assert cache.writes == 1


def test_round_trip_and_overwrite():
    cache = ProfileCache()
    cache.put(Profile(userId=3, displayName="Bo"))
    cache.put(Profile(userId=3, displayName="Bo Lind"))
    loaded = cache.get(3)
    assert isinstance(loaded, Profile)
    assert loaded.user_id == 3
    assert loaded.display_name == "Bo Lind"
    assert loaded.locale == "en"
    assert cache.writes == 2


def test_missing_user():
    cache = ProfileCache()
    assert cache.get(99) is None
    assert cache.raw(99) is None


def test_stored_dict_is_detached():
    cache = ProfileCache()
    profile = Profile(userId=1, displayName="Ann")
    cache.put(profile)
    cache.raw(1)["displayName"] = "changed"
    assert profile.display_name == "Ann"
