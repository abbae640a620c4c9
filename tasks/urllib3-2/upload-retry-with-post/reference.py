"""Retry policy for the resumable-upload client.

Upload sessions are created with POST, but the server keys them on the client-chosen
upload id, so a repeated POST just returns the existing session.
"""
from urllib3.util.retry import Retry


def upload_retry(max_attempts=5, extra_statuses=()):
    methods = Retry.DEFAULT_ALLOWED_METHODS | {"POST"}
    statuses = {408, 500, 502, 503, 504} | set(extra_statuses)
    return Retry(
        total=max_attempts,
        read=2,
        backoff_factor=0.3,
        status_forcelist=sorted(statuses),
        allowed_methods=methods,
    )
