from solution import AuditLog


def test_records_in_order():
    log = AuditLog()
    assert log.record("alice", "login") == 1
    assert log.record("bob", "delete", ["doc-7", "doc-9"]) == 2
    assert log.record("alice", "logout") == 1
    assert log.trail() == [
        (1, "alice", "login", None),
        (2, "bob", "delete", "doc-7"),
        (3, "bob", "delete", "doc-9"),
        (4, "alice", "logout", None),
    ]


def test_filter_by_actor():
    log = AuditLog()
    log.record("carol", "export", ["report.csv"])
    log.record("dave", "login")
    assert log.trail("carol") == [(1, "carol", "export", "report.csv")]
    assert log.trail("erin") == []


def test_trail_survives_reopen(tmp_path):
    url = "sqlite:///" + str(tmp_path / "audit.db")
    first = AuditLog(url)
    first.record("root", "reboot")
    first.engine.dispose()
    second = AuditLog(url)
    second.record("root", "patch", ["kernel"])
    assert second.trail("root") == [(1, "root", "reboot", None), (2, "root", "patch", "kernel")]
