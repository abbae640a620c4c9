from solution import attachment_field, ticket_body


def test_attachment_headers():
    field = attachment_field('log "today".txt', b"boom", "text/plain")
    assert field.render_headers() == (
        'Content-Disposition: attachment; filename="log %22today%22.txt"\r\nContent-Type: text/plain\r\n\r\n'
    )


def test_ticket_body():
    body, content_type = ticket_body("Printer", "It is on fire", [("smoke.jpg", b"\x01\x02")], boundary="TT")
    assert content_type == "multipart/form-data; boundary=TT"
    assert body == (
        b'--TT\r\nContent-Disposition: form-data; name="subject"\r\n\r\nPrinter\r\n'
        b'--TT\r\nContent-Disposition: form-data; name="text"\r\n\r\nIt is on fire\r\n'
        b'--TT\r\nContent-Disposition: attachment; filename="smoke.jpg"\r\n'
        b"Content-Type: application/octet-stream\r\n\r\n\x01\x02\r\n"
        b"--TT--\r\n"
    )
