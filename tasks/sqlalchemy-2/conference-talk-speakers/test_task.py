from solution import Programme


def _programme():
    p = Programme()
    p.add_talk("Scaling Postgres", "Hall A", ["Rita Moreno", "Jon Lee"])
    p.add_talk("Typing Python", "Room 2", ["Jon Lee"])
    p.add_talk("Keynote", "Hall A", ["Zara Ali"])
    return p


def test_speakers_are_shared_between_talks():
    p = _programme()
    assert p.agenda_for("Jon Lee") == [("Hall A", "Scaling Postgres"), ("Room 2", "Typing Python")]
    assert p.agenda_for("Zara Ali") == [("Hall A", "Keynote")]
    assert p.agenda_for("Nobody") == []


def test_line_up_sorted_by_name():
    p = _programme()
    assert p.line_up("Scaling Postgres") == ["Jon Lee", "Rita Moreno"]
    assert p.line_up("Keynote") == ["Zara Ali"]
