from solution import preview


def test_preview_lines():
    text = preview(
        {
            "album": "Summer 24",
            "cover": ("cover.png", b"\x89PNG....", "image/png"),
            "notes": ('say "hi".txt', b"hi"),
        }
    )
    assert text.splitlines() == [
        "form-data; name=\"album\"  'Summer 24'",
        'form-data; name="cover"; filename="cover.png"  <8 bytes, image/png>',
        'form-data; name="notes"; filename="say %22hi%22.txt"  <2 bytes, application/octet-stream>',
    ]


def test_empty_form():
    assert preview({}) == ""
