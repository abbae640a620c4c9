from solution import SigningClient


class FakeSend:
    def __init__(self):
        self.calls = []

    def __call__(self, method, url, body, headers):
        self.calls.append((method, url, body, headers))
        return f"sent #{len(self.calls)}"


def test_get_is_signed_over_query_string():
    send = FakeSend()
    client = SigningClient("ops-key", "s3cret", send, headers={"Accept": "application/json"})
    result = client.request("GET", "https://orders.internal/v2/orders", fields=[("status", "open"), ("limit", "5")])
    assert result == "sent #1"
    method, url, body, headers = send.calls[0]
    assert (method, url, body) == ("GET", "https://orders.internal/v2/orders?status=open&limit=5", None)
    assert headers == {
        "Accept": "application/json",
        "X-Key-Id": "ops-key",
        "X-Signature": "0d97bfef7f519b59b05cb41feac545da4098447461a1d257a23f10bb92ce5672",
    }


def test_form_post_signature_covers_body():
    send = FakeSend()
    client = SigningClient("ops-key", "s3cret", send)
    client.request("post", "https://orders.internal/v2/orders", fields=[("sku", "A-1"), ("qty", "2")],
                   encode_multipart=False)
    method, url, body, headers = send.calls[0]
    assert (method, url, body) == ("POST", "https://orders.internal/v2/orders", b"sku=A-1&qty=2")
    assert headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert headers["X-Signature"] == "6f1116d82b558ea4544af828fec853c3265fe90643215355cfe0b0fa0825a85f"


def test_secret_changes_signature():
    send = FakeSend()
    SigningClient("k2", "other", send).request_encode_url(
        "GET", "https://orders.internal/v2/orders", fields={"status": "open", "limit": "5"}
    )
    assert send.calls[0][3]["X-Signature"] == "74e4b10baf2056859fe5579c954e8c241fc61dd22861fc35f8cfa3973e1a7a46"
    assert send.calls[0][3]["X-Key-Id"] == "k2"
