"""Write a multipart/form-data body incrementally (large uploads never sit in memory twice)."""
import io

from urllib3 import fields


class MultipartWriter:
    def __init__(self, boundary):
        self.boundary = boundary
        self.buffer = io.BytesIO()

    def _part_header(self, name, filename=None, content_type=None):
        params = [fields.format_multipart_header_param("name", name)]
        if filename is not None:
            params.append(fields.format_multipart_header_param("filename", filename))
        lines = ["--" + self.boundary, "Content-Disposition: form-data; " + "; ".join(params)]
        if content_type:
            lines.append("Content-Type: " + content_type)
        return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")

    def add_field(self, name, value):
        self.buffer.write(self._part_header(name) + str(value).encode("utf-8") + b"\r\n")

    def add_file(self, name, filename, chunks, content_type="application/octet-stream"):
        self.buffer.write(self._part_header(name, filename, content_type))
        for chunk in chunks:
            self.buffer.write(chunk)
        self.buffer.write(b"\r\n")

    def finish(self):
        self.buffer.write(f"--{self.boundary}--\r\n".encode("ascii"))
        return self.buffer.getvalue(), f"multipart/form-data; boundary={self.boundary}"
