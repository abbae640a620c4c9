from solution import FeatureFlags


def test_flags():
    flags = FeatureFlags("[flags]\nnew_ui = yes\nbeta_api = off\ndark_mode = true\n")
    assert flags.enabled("new_ui") and not flags.enabled("beta_api") and not flags.enabled("nope")
    assert flags.all_enabled() == ["dark_mode", "new_ui"]
