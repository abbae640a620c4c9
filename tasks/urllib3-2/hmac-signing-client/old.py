"""Client for an internal API that authenticates every request with an HMAC-SHA256 signature."""
import hashlib
import hmac

from urllib3.request import RequestMethods
from urllib3.util import parse_url


class SigningClient(RequestMethods):
    """Signs requests, then hands them to ``send(method, url, body, headers)`` (e.g. a pool's urlopen)."""

    def __init__(self, key_id, secret, send, headers=None):
        super().__init__(headers)
        self.key_id = key_id
        self.secret = secret.encode()
        self.send = send

    def signature(self, method, request_uri, body):
        digest = hashlib.sha256(body or b"").hexdigest()
        message = f"{method}\n{request_uri}\n{digest}".encode()
        return hmac.new(self.secret, message, hashlib.sha256).hexdigest()

    def urlopen(self, method, url, body=None, headers=None, **kw):
        if isinstance(body, str):
            body = body.encode()
        headers = dict(headers or {})
        headers["X-Key-Id"] = self.key_id
        headers["X-Signature"] = self.signature(method, parse_url(url).request_uri, body)
        return self.send(method, url, body, headers)
