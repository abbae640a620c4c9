"""Retry settings for the package-mirror sync job.

The mirror account is read-only, so write verbs must never be retried (or even attempted).
"""
from urllib3 import util

WRITE_VERBS = {"PUT", "DELETE", "POST", "PATCH"}


class MirrorRetryPolicy:
    def __init__(self, attempts=4, slow_statuses=(429, 503)):
        self.attempts = attempts
        self.slow_statuses = tuple(slow_statuses)

    @property
    def methods(self):
        return frozenset(util.Retry.DEFAULT_METHOD_WHITELIST - WRITE_VERBS)

    def build(self):
        return util.Retry(
            total=self.attempts,
            status_forcelist=self.slow_statuses,
            allowed_methods=self.methods,
            backoff_factor=1,
        )

    def check_request(self, method):
        if method.upper() in WRITE_VERBS:
            raise PermissionError(f"{method.upper()} is not allowed on the mirror")
        return method.upper() in self.methods
