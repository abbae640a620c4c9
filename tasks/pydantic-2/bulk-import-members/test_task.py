from datetime import date

from solution import Member, import_members


def test_mixed_rows():
    members, problems = import_members(
        [
            {"member_no": "101", "name": "Ines", "joined": "2019-04-01", "fee_paid": "yes"},
            {"member_no": "x", "name": "Bad", "joined": "not a date"},
            {"member_no": 102, "name": "Pavel", "joined": date(2021, 9, 15)},
            {"name": "No number"},
        ]
    )
    assert [(m.member_no, m.name, m.joined, m.fee_paid) for m in members] == [
        (101, "Ines", date(2019, 4, 1), True),
        (102, "Pavel", date(2021, 9, 15), False),
    ]
    assert all(isinstance(m, Member) for m in members)
    assert problems == ["row 2: joined, member_no", "row 4: joined, member_no"]


def test_nothing_to_import():
    assert import_members([]) == ([], [])
