"""HTTP client for a partner bank's payment API, which only accepts TLS 1.2 connections."""
import ssl
from urllib.parse import urljoin

import urllib3
from urllib3.util.ssl_ import create_urllib3_context


class BankApiClient:
    """Holds one PoolManager whose connections are pinned to TLS 1.2 and verify certificates."""

    def __init__(self, base_url, token, max_connections=4):
        if not base_url.startswith("https://"):
            raise ValueError("the bank API is only reachable over https")
        self.base_url = base_url.rstrip("/") + "/"
        context = create_urllib3_context(ssl_minimum_version=ssl.TLSVersion.TLSv1_2, cert_reqs=ssl.CERT_REQUIRED)
        context.load_default_certs()
        self.pool = urllib3.PoolManager(
            num_pools=2,
            maxsize=max_connections,
            ssl_context=context,
            headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
        )

    @property
    def tls_context(self):
        return self.pool.connection_pool_kw["ssl_context"]

    def url_for(self, path):
        return urljoin(self.base_url, path.lstrip("/"))

    def pool_for(self, path):
        """The connection pool that a request to ``path`` would use."""
        return self.pool.connection_from_url(self.url_for(path))
