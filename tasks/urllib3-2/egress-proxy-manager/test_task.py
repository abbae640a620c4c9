import ssl

import pytest
import urllib3

from solution import egress_proxy


def lowest_tls_version(ctx):
    """Lowest protocol the context negotiates (a context pinned to one protocol reports no minimum)."""
    if ctx.protocol == ssl.PROTOCOL_TLSv1_2:
        return ssl.TLSVersion.TLSv1_2
    return ctx.minimum_version


def test_authenticated_proxy():
    pm = egress_proxy("https://egress.corp.example:3128", "svc-batch", "hunter2")
    assert isinstance(pm, urllib3.ProxyManager)
    assert (pm.proxy.scheme, pm.proxy.host, pm.proxy.port) == ("https", "egress.corp.example", 3128)
    assert pm.proxy_headers == {
        "X-Egress-Client": "batch-worker",
        "proxy-authorization": "Basic c3ZjLWJhdGNoOmh1bnRlcjI=",
    }
    ctx = pm.proxy_ssl_context
    assert lowest_tls_version(ctx) == ssl.TLSVersion.TLSv1_2
    assert ctx.verify_mode == ssl.CERT_REQUIRED


def test_unverified_proxy_without_auth():
    pm = egress_proxy("https://10.0.0.5:8443", verify_proxy=False)
    assert pm.proxy_headers == {"X-Egress-Client": "batch-worker"}
    assert pm.proxy_ssl_context.verify_mode == ssl.CERT_NONE
    assert pm.proxy_ssl_context.check_hostname is False
    assert lowest_tls_version(pm.proxy_ssl_context) == ssl.TLSVersion.TLSv1_2


def test_invalid_configuration():
    with pytest.raises(ValueError, match="https, got 'http'"):
        egress_proxy("http://egress.corp.example:3128")
    with pytest.raises(ValueError, match="explicit port"):
        egress_proxy("https://egress.corp.example")
    with pytest.raises(ValueError, match="both"):
        egress_proxy("https://egress.corp.example:3128", username="only-me")
