import ssl

from urllib3 import HTTPSConnectionPool

from solution import TlsPoolRegistry


def lowest_tls_version(ctx):
    """Lowest protocol the context negotiates (a context pinned to one protocol reports no minimum)."""
    if ctx.protocol == ssl.PROTOCOL_TLSv1_2:
        return ssl.TLSVersion.TLSv1_2
    return ctx.minimum_version


def test_shared_pinned_context():
    registry = TlsPoolRegistry()
    ctx = registry.context
    assert lowest_tls_version(ctx) == ssl.TLSVersion.TLSv1_2
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert ctx.options & ssl.OP_NO_RENEGOTIATION
    a = registry.pool_for("API.example.com")
    b = registry.pool_for("api.example.com")
    c = registry.pool_for("files.example.com", 8443)
    assert a is b and a is not c
    assert isinstance(c, HTTPSConnectionPool)
    assert (c.host, c.port) == ("files.example.com", 8443)
    assert a.conn_kw["ssl_context"] is ctx and c.conn_kw["ssl_context"] is ctx


def test_pool_settings_and_close():
    registry = TlsPoolRegistry(pool_size=3, timeout=2.0)
    pool = registry.pool_for("db-proxy.internal", 6443)
    assert pool.block is True
    assert (pool.timeout.connect_timeout, pool.timeout.read_timeout) == (2.0, 6.0)
    registry.pool_for("auth.internal")
    assert registry.hosts() == ["auth.internal:443", "db-proxy.internal:6443"]
    registry.close()
    assert registry.hosts() == []
