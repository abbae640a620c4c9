import pytest

from solution import build_upload


def test_full_upload_body():
    body, content_type = build_upload(
        812, [("log.txt", b"line1\n", "text/plain"), ("dump.bin", b"\x00\xff", None)], note="crash on start",
        boundary="----T",
    )
    assert content_type == "multipart/form-data; boundary=----T"
    assert body == (
        b'------T\r\nContent-Disposition: form-data; name="ticket"\r\n\r\n812\r\n'
        b'------T\r\nContent-Disposition: form-data; name="note"\r\n\r\ncrash on start\r\n'
        b'------T\r\nContent-Disposition: form-data; name="manifest"\r\n\r\n["log.txt", "dump.bin"]\r\n'
        b'------T\r\nContent-Disposition: form-data; name="file0"; filename="log.txt"\r\n'
        b"Content-Type: text/plain\r\n\r\nline1\n\r\n"
        b'------T\r\nContent-Disposition: form-data; name="file1"; filename="dump.bin"\r\n'
        b"Content-Type: application/octet-stream\r\n\r\n\x00\xff\r\n"
        b"------T--\r\n"
    )


def test_without_note_and_generated_boundary():
    body, content_type = build_upload("A-1", [("scan.pdf", b"%PDF", "application/pdf")], boundary="x")
    assert body == (
        b'--x\r\nContent-Disposition: form-data; name="ticket"\r\n\r\nA-1\r\n'
        b'--x\r\nContent-Disposition: form-data; name="manifest"\r\n\r\n["scan.pdf"]\r\n'
        b'--x\r\nContent-Disposition: form-data; name="file0"; filename="scan.pdf"\r\n'
        b"Content-Type: application/pdf\r\n\r\n%PDF\r\n--x--\r\n"
    )
    body, content_type = build_upload(5, [("a.csv", b"1,2", "text/csv")])
    boundary = content_type.split("boundary=", 1)[1]
    assert content_type.startswith("multipart/form-data; boundary=") and len(boundary) >= 16
    assert body.startswith(b"--" + boundary.encode() + b"\r\n")
    assert body.endswith(b"--" + boundary.encode() + b"--\r\n")


def test_requires_attachment():
    with pytest.raises(ValueError):
        build_upload(1, [])
