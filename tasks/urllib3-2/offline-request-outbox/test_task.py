from solution import Outbox


def test_requests_are_queued_with_tickets():
    box = Outbox("dev-7")
    assert box.request("GET", "https://sync.example/notes", fields={"since": "42"}) == 1
    assert box.request("POST", "https://sync.example/notes", fields={"title": "Groceries", "body": "milk"},
                       multipart_boundary="b0undary") == 2
    assert box.request("DELETE", "https://sync.example/notes/9") == 3
    assert box.pending() == [
        (1, "GET", "https://sync.example/notes?since=42"),
        (2, "POST", "https://sync.example/notes"),
        (3, "DELETE", "https://sync.example/notes/9"),
    ]


def test_multipart_body_and_headers():
    box = Outbox("dev-7")
    box.request("POST", "https://sync.example/notes", fields=[("title", "Groceries"), ("body", "milk")],
                multipart_boundary="b0undary")
    seen = []
    box.flush(lambda item: seen.append(item) or True)
    item = seen[0]
    assert item["headers"] == {"X-Device-Id": "dev-7", "Content-Type": "multipart/form-data; boundary=b0undary"}
    assert item["body"] == (
        b'--b0undary\r\nContent-Disposition: form-data; name="title"\r\n\r\nGroceries\r\n'
        b'--b0undary\r\nContent-Disposition: form-data; name="body"\r\n\r\nmilk\r\n--b0undary--\r\n'
    )


def test_flush_stops_at_first_failure():
    box = Outbox("dev-1")
    for n in range(4):
        box.request("PUT", f"https://sync.example/notes/{n}", fields={"v": str(n)}, encode_multipart=False)
    assert box.flush(lambda item: not item["url"].endswith("/2")) == [1, 2]
    assert [t for t, _, _ in box.pending()] == [3, 4]
    assert box.flush(lambda item: True) == [3, 4]
    assert box.pending() == []
