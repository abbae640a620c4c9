import io

from solution import range_header, salvage


def test_complete_download():
    data, missing = salvage(io.BytesIO(b"0123456789"), {"Content-Length": "10"}, chunk_size=4)
    assert (data, missing) == (b"0123456789", 0)
    assert range_header(data, missing) is None


def test_truncated_download_is_kept():
    body = bytes(range(200)) * 3
    data, missing = salvage(io.BytesIO(body), {"Content-Length": "1000", "Content-Type": "application/zip"}, chunk_size=64)
    assert data == body
    assert missing == 400
    assert range_header(data, missing) == {"Range": "bytes=600-"}


def test_unknown_length():
    data, missing = salvage(io.BytesIO(b"abc"), {}, chunk_size=2)
    assert (data, missing) == (b"abc", 0)
