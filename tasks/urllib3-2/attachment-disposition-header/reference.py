"""Content-Disposition headers for files served by the document-management API."""
from urllib3.fields import format_multipart_header_param

INLINE_TYPES = {"application/pdf", "image/png", "image/jpeg", "text/plain"}


def disposition(filename, content_type, force_download=False):
    """Header value telling the browser how to present the file."""
    kind = "inline" if content_type in INLINE_TYPES and not force_download else "attachment"
    return f"{kind}; {format_multipart_header_param('filename', filename)}"


def download_headers(filename, content_type, size, force_download=False):
    return {
        "Content-Type": content_type,
        "Content-Length": str(size),
        "Content-Disposition": disposition(filename, content_type, force_download),
        "X-Content-Type-Options": "nosniff",
    }
