"""Outgoing webhook delivery: one shared pool manager per dispatcher."""
import urllib3


class WebhookDispatcher:
    """Delivers JSON webhooks; receivers must accept duplicate POSTs (they dedupe on event id)."""

    def __init__(self, max_attempts=5, timeout_s=3.0, user_agent="hooks/1.4"):
        self.max_attempts = max_attempts
        self.retries = urllib3.Retry(
            total=max_attempts,
            connect=2,
            backoff_factor=0.5,
            status_forcelist=[500, 502, 503, 504],
            allowed_methods=["POST"],
        )
        self.http = urllib3.PoolManager(
            num_pools=8,
            headers={"User-Agent": user_agent, "Content-Type": "application/json"},
            retries=self.retries,
            timeout=urllib3.Timeout(connect=1.0, read=timeout_s),
        )

    def pool_for(self, url):
        return self.http.connection_from_url(url)
