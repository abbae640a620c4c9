"""Pick a safe local file name for an HTTP download."""
import mimetypes
import posixpath
import re
from urllib.parse import unquote, urlsplit

_FILENAME = re.compile(r"filename\*?=(?:UTF-8'')?\"?([^\";]+)\"?", re.IGNORECASE)


def _clean(name):
    name = unquote(name).replace("\\", "/").split("/")[-1].strip()
    return re.sub(r"[^A-Za-z0-9._ -]", "_", name).strip(". ") or None


def suggest_filename(response, url):
    disposition = response.headers.get("Content-Disposition", "")
    match = _FILENAME.search(disposition)
    name = _clean(match.group(1)) if match else None
    if not name:
        name = _clean(posixpath.basename(urlsplit(url).path)) or "download"
    if "." not in name:
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip()
        name += mimetypes.guess_extension(content_type) or ".bin" if content_type else ".bin"
    return name
