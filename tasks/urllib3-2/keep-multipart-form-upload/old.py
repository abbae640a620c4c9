"""Build the multipart body for uploading a support-ticket attachment to the helpdesk API."""
import json

from urllib3 import encode_multipart_formdata


def build_upload(ticket_id, attachments, note=None, boundary=None):
    """Return (body, content_type) for POST /tickets/<id>/attachments.

    ``attachments`` is a list of (filename, bytes, mime type or None) tuples.
    """
    if not attachments:
        raise ValueError("at least one attachment is required")
    fields = [("ticket", str(ticket_id))]
    if note:
        fields.append(("note", note))
    fields.append(("manifest", json.dumps([name for name, _, _ in attachments])))
    for index, (filename, data, mime) in enumerate(attachments):
        if mime:
            fields.append((f"file{index}", (filename, data, mime)))
        else:
            fields.append((f"file{index}", (filename, data)))
    return encode_multipart_formdata(fields, boundary=boundary)
