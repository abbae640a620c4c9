from solution import MemberDirectory

MEMBERS = [
    {"name": "Rui", "email": "rui@example.net", "section": "rowing"},
    {"name": "Ana", "email": "ana@example.net", "section": "rowing"},
    {"name": "Gus", "email": None, "section": "rowing"},
    {"name": "Bea", "email": "bea@example.org", "section": "fencing"},
]


def test_mailing_list_skips_missing_addresses():
    directory = MemberDirectory(MEMBERS)
    assert directory.mailing_list("rowing") == ["Ana <ana@example.net>", "Rui <rui@example.net>"]
    assert directory.mailing_list("fencing") == ["Bea <bea@example.org>"]
    assert directory.mailing_list("chess") == []


def test_section_counts():
    assert MemberDirectory(MEMBERS).sections() == {"fencing": 1, "rowing": 3}
    assert MemberDirectory([]).sections() == {}
