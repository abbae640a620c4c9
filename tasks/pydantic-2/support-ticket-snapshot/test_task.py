from solution import Ticket, TicketRow, snapshot_queue


def test_rows_use_computed_properties():
    tickets = [
        Ticket(12, "Printer on fire", ["a"], escalated=True),
        Ticket(7, "Password reset", []),
        Ticket(9, "VPN drops", ["a", "b", "c", "d"]),
        Ticket(3, "New laptop", ["a"]),
    ]
    rows = snapshot_queue(tickets)
    assert all(isinstance(row, TicketRow) for row in rows)
    assert [(row.number, row.priority, row.reply_count) for row in rows] == [
        (9, "high", 4),
        (12, "high", 1),
        (3, "normal", 1),
        (7, "normal", 0),
    ]
    assert rows[1].subject == "Printer on fire"


def test_empty_queue():
    assert snapshot_queue([]) == []
