from solution import squash_blank_lines


def test_limit():
    assert squash_blank_lines("a\n\n\n\nb\n\n\nc", 1) == ("a\n\nb\n\n\nc", 1)
    assert squash_blank_lines("a\n\n\nb\n\n\n\nc", 5) == ("a\n\nb\n\nc", 2)
