import ssl

import pytest
import urllib3

from solution import BankApiClient


def lowest_tls_version(ctx):
    """Lowest protocol the context negotiates (a context pinned to one protocol reports no minimum)."""
    if ctx.protocol == ssl.PROTOCOL_TLSv1_2:
        return ssl.TLSVersion.TLSv1_2
    return ctx.minimum_version


def test_context_requires_tls12_and_verification():
    client = BankApiClient("https://api.bank.example/v2", "tok-123")
    ctx = client.tls_context
    assert isinstance(ctx, ssl.SSLContext)
    assert lowest_tls_version(ctx) == ssl.TLSVersion.TLSv1_2
    assert ctx.verify_mode == ssl.CERT_REQUIRED


def test_pool_configuration():
    client = BankApiClient("https://api.bank.example/v2/", "tok-123", max_connections=6)
    assert isinstance(client.pool, urllib3.PoolManager)
    assert client.pool.headers == {"Authorization": "Bearer tok-123", "Accept": "application/json"}
    assert client.url_for("/payments/42") == "https://api.bank.example/v2/payments/42"
    pool = client.pool_for("payments")
    assert isinstance(pool, urllib3.HTTPSConnectionPool)
    assert (pool.host, pool.port) == ("api.bank.example", 443)
    assert pool.conn_kw["ssl_context"] is client.tls_context
    assert client.pool_for("/accounts") is pool


def test_plain_http_rejected():
    with pytest.raises(ValueError, match="https"):
        BankApiClient("http://api.bank.example", "tok")
