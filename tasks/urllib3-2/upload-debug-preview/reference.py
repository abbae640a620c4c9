"""`uploadctl --dry-run`: show the part headers a form upload would send, without sending it."""
from urllib3.fields import format_multipart_header_param as quote_param


def preview(form):
    """``form`` maps field name -> str value or (filename, bytes[, content type]) tuple."""
    lines = []
    for name, value in form.items():
        params = [quote_param("name", name)]
        if isinstance(value, tuple):
            filename, data = value[0], value[1]
            params.append(quote_param("filename", filename))
            ctype = value[2] if len(value) > 2 else "application/octet-stream"
            summary = f"<{len(data)} bytes, {ctype}>"
        else:
            summary = repr(value)
        lines.append(f"form-data; {'; '.join(params)}  {summary}")
    return "\n".join(lines)
