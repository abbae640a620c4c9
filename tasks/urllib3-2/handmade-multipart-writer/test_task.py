from solution import MultipartWriter


def test_fields_and_file():
    writer = MultipartWriter("XyZ")
    writer.add_field("title", "Holiday")
    writer.add_field("count", 3)
    writer.add_file("photo", 'beach "day".jpg', [b"\xff\xd8", b"\xff\xd9"], "image/jpeg")
    body, content_type = writer.finish()
    assert content_type == "multipart/form-data; boundary=XyZ"
    assert body == (
        b'--XyZ\r\nContent-Disposition: form-data; name="title"\r\n\r\nHoliday\r\n'
        b'--XyZ\r\nContent-Disposition: form-data; name="count"\r\n\r\n3\r\n'
        b'--XyZ\r\nContent-Disposition: form-data; name="photo"; filename="beach %22day%22.jpg"\r\n'
        b"Content-Type: image/jpeg\r\n\r\n\xff\xd8\xff\xd9\r\n"
        b"--XyZ--\r\n"
    )


def test_unicode_names_are_utf8():
    writer = MultipartWriter("b")
    writer.add_file("doc", "naïve.txt", [b"x"])
    body, _ = writer.finish()
    assert 'filename="naïve.txt"'.encode("utf-8") in body
    assert b"Content-Type: application/octet-stream" in body
