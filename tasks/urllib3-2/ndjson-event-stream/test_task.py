import io

from solution import count_by_type, iter_events

EXPORT = (
    b'{"type": "click", "id": 1}\n'
    b'{"type": "view", "id": 2}\n'
    b"\n"
    b'{"type": "click", "id": 3}\n'
)


def test_complete_export():
    headers = {"Content-Length": str(len(EXPORT)), "Content-Type": "application/x-ndjson"}
    events = list(iter_events(io.BytesIO(EXPORT), headers, chunk_size=7))
    assert [e["id"] for e in events] == [1, 2, 3]


def test_cut_off_export_keeps_whole_lines():
    cut = EXPORT + b'{"type": "vi'
    headers = {"Content-Length": str(len(EXPORT) + 300)}
    assert [e["id"] for e in iter_events(io.BytesIO(cut), headers, chunk_size=16)] == [1, 2, 3]
    assert count_by_type(io.BytesIO(cut), headers) == {"click": 2, "view": 1}


def test_no_headers():
    assert count_by_type(io.BytesIO(b'{"type": "a"}\n{"type": "a"}')) == {"a": 1}
