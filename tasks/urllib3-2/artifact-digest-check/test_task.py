import io

from solution import digest_stream, verify

BODY = b"artifact-bytes-" * 100
BODY_SHA = "cf4a710f5689b1cc25ea330df72f2ff3bfee51451c85c50e3f19e45a6c622fe7"


def test_digest_of_full_body():
    digest, size = digest_stream(io.BytesIO(b"abc"), {"Content-Length": "3"}, chunk_size=2)
    assert digest == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert size == 3


def test_verify_outcomes():
    headers = {"Content-Length": str(len(BODY))}
    assert verify(io.BytesIO(BODY), headers, BODY_SHA) == "ok"
    assert verify(io.BytesIO(BODY), headers, "0" * 64) == "mismatch"
    assert verify(io.BytesIO(BODY[:700]), headers, BODY_SHA) == "truncated"
    assert verify(io.BytesIO(BODY), {}, BODY_SHA) == "ok"
