"""One HTTPS connection pool per upstream host, all sharing a single pinned TLS context."""
import ssl

from urllib3 import HTTPSConnectionPool
from urllib3.util import Timeout
from urllib3.util.ssl_ import create_urllib3_context


class TlsPoolRegistry:
    def __init__(self, pool_size=2, timeout=5.0):
        self.context = create_urllib3_context(ssl_version=ssl.PROTOCOL_TLSv1_2)
        self.context.options |= ssl.OP_NO_RENEGOTIATION
        self.pool_size = pool_size
        self.timeout = Timeout(connect=timeout, read=timeout * 3)
        self._pools = {}

    def pool_for(self, host, port=443):
        key = (host.lower(), port)
        if key not in self._pools:
            self._pools[key] = HTTPSConnectionPool(
                key[0], port, maxsize=self.pool_size, block=True, timeout=self.timeout, ssl_context=self.context
            )
        return self._pools[key]

    def hosts(self):
        return sorted(f"{host}:{port}" for host, port in self._pools)

    def close(self):
        for pool in self._pools.values():
            pool.close()
        self._pools.clear()
