from solution import DirectoryEntry, EmployeeRecord, directory_listing

RECORDS = [
    EmployeeRecord(17, "Maja", "Berg", "platform", 91000),
    EmployeeRecord(4, "Tom", "Alder", "sales", 65000),
    EmployeeRecord(22, "Ada", "Berg", "platform", 88000),
]


def test_all_entries_sorted_by_name():
    entries = directory_listing(RECORDS)
    assert all(isinstance(entry, DirectoryEntry) for entry in entries)
    assert [(e.id, e.first_name, e.last_name, e.team) for e in entries] == [
        (4, "Tom", "Alder", "sales"),
        (22, "Ada", "Berg", "platform"),
        (17, "Maja", "Berg", "platform"),
    ]


def test_salary_not_exposed():
    entry = directory_listing(RECORDS)[0]
    assert not hasattr(entry, "salary")


def test_team_filter():
    assert [e.id for e in directory_listing(RECORDS, team="platform")] == [22, 17]
    assert directory_listing(RECORDS, team="legal") == []


def test_id_is_coerced_from_text():
    entries = directory_listing([EmployeeRecord("31", "Li", "Wu", "ops", 1)])
    assert entries[0].id == 31
