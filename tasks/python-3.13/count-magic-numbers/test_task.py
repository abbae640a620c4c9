from solution import magic_numbers


def test_finds_numbers_not_strings():
    src = "x = 0\ny = 42\nname = 'abc'\nrate = 0.15 * y\nz = 1\n"
    assert magic_numbers(src) == [(2, 42), (4, 0.15)]


def test_allowed():
    assert magic_numbers("a = 2\nb = 3\n", allowed=(2,)) == [(2, 3)]
