import io

from solution import ProgressMeter, download


def test_full_download_marks():
    payload = b"p" * 1000
    data, meter = download(io.BytesIO(payload), {"Content-Length": "1000"}, chunk_size=100)
    assert data == payload
    assert meter.finished is True
    assert meter.marks == [10, 40, 70, 100]


def test_interrupted_download_is_unfinished():
    data, meter = download(io.BytesIO(b"q" * 300), {"Content-Length": "1200"}, chunk_size=100)
    assert data == b"q" * 300
    assert meter.done == 300
    assert meter.finished is False
    assert meter.marks == [8]


def test_unknown_size():
    data, meter = download(io.BytesIO(b"abc"), {}, chunk_size=2)
    assert data == b"abc"
    assert meter.total is None
    assert meter.finished is True
    assert meter.marks == []
    assert ProgressMeter(0).finished is True
