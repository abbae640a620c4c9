from solution import first_two_dashes


def test_two():
    assert first_two_dashes("a b c d") == "a-b-c d"
