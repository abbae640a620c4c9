"""Progress reporting for the desktop updater's package downloads."""
from urllib3.response import HTTPResponse


class ProgressMeter:
    def __init__(self, total):
        self.total = total
        self.done = 0
        self.marks = []

    def update(self, n):
        self.done += n
        if self.total:
            pct = min(100, self.done * 100 // self.total)
            if not self.marks or pct >= self.marks[-1] + 25:
                self.marks.append(pct)

    @property
    def finished(self):
        return self.total is None or self.done >= self.total


def download(raw, headers, chunk_size=4096):
    """Stream the package body; return (payload, meter). The caller retries unfinished downloads."""
    resp = HTTPResponse(
        body=raw, headers=headers, status=200, preload_content=False, enforce_content_length=False
    )
    length = resp.headers.get("Content-Length")
    meter = ProgressMeter(int(length) if length is not None else None)
    parts = []
    for chunk in resp.stream(chunk_size):
        parts.append(chunk)
        meter.update(len(chunk))
    return b"".join(parts), meter
