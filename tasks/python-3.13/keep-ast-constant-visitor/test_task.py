from solution import string_constants


def test_strings():
    assert string_constants("a = 'x'\nb = 2\nc = f(\"y\")\n") == ["x", "y"]
