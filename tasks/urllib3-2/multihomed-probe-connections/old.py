"""Prepare health-probe connections that leave through a chosen local interface."""
import urllib3.connection as uconn

PROBE_TIMEOUT = 1.5


class ProbePlan:
    """Probes every backend from every local uplink address (connections are opened later)."""

    def __init__(self, uplinks, backends):
        self.uplinks = list(uplinks)  # local IPv4 addresses
        self.backends = list(backends)  # "host:port" strings

    @staticmethod
    def _split(backend):
        host, _, port = backend.rpartition(":")
        if not host or not port.isdigit():
            raise ValueError(f"bad backend {backend!r}")
        return host, int(port)

    def connections(self):
        plan = {}
        for uplink in self.uplinks:
            for backend in self.backends:
                host, port = self._split(backend)
                plan[(uplink, backend)] = uconn.HTTPConnection(
                    host, port, timeout=PROBE_TIMEOUT, source_address=(uplink, 0), strict=True
                )
        return plan
