from solution import parse_command


def test_split():
    assert parse_command("grep -r 'two words' src") == ("grep", ["-r", "two words", "src"])
