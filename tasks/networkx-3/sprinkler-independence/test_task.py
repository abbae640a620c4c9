from solution import explain, independent


def test_common_cause_and_collider():
    assert independent("sprinkler", "rain") is False
    assert independent("sprinkler", "rain", given=["season"]) is True
    assert independent("sprinkler", "rain", given=["season", "wet_grass"]) is False
    assert independent("sprinkler", "rain", given=("season", "slippery")) is False


def test_chain():
    assert independent("season", "slippery", given=["wet_grass"]) is True
    assert independent("season", "slippery") is False


def test_explanations():
    assert explain("sprinkler", "rain") == "sprinkler and rain are dependent"
    assert explain("sprinkler", "rain", ("season",)) == "sprinkler and rain are independent given season"
    assert (
        explain("sprinkler", "rain", ("wet_grass", "season"))
        == "sprinkler and rain are dependent given season, wet_grass"
    )
