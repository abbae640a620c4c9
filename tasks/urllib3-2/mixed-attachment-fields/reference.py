"""Multipart bodies for the ticketing API, whose attachment parts use ``attachment`` dispositions."""
from urllib3.fields import RequestField, format_multipart_header_param
from urllib3.filepost import encode_multipart_formdata


def attachment_field(filename, data, content_type="application/octet-stream"):
    field = RequestField(name="attachment", data=data, filename=filename)
    field.headers["Content-Disposition"] = "attachment; " + format_multipart_header_param("filename", filename)
    field.headers["Content-Type"] = content_type
    return field


def ticket_body(subject, text, attachments, boundary):
    """Return (body bytes, content type) for a new ticket with ``attachments`` [(name, bytes)]."""
    parts = [RequestField.from_tuples("subject", subject), RequestField.from_tuples("text", text)]
    for part in parts:
        part.make_multipart()
    parts.extend(attachment_field(name, data) for name, data in attachments)
    return encode_multipart_formdata(parts, boundary=boundary)
