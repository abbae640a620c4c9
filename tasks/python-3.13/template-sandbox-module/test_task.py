from solution import TemplateModule


def test_isolated_helpers():
    tm = TemplateModule("helpers").define("def shout(s):\n    return s.upper() + '!'\n")
    assert tm.call("shout", "hi") == "HI!"
    assert TemplateModule("other").module.__dict__.get("shout") is None
