import ssl

import pytest

from solution import TlsSettingsError, context_from_settings


def lowest_tls_version(ctx):
    """Lowest protocol the context negotiates (a context pinned to one protocol reports no minimum)."""
    if ctx.protocol == ssl.PROTOCOL_TLSv1_2:
        return ssl.TLSVersion.TLSv1_2
    return ctx.minimum_version


def test_defaults_verify_and_pin_tls12():
    ctx = context_from_settings({})
    assert lowest_tls_version(ctx) == ssl.TLSVersion.TLSv1_2
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert lowest_tls_version(context_from_settings(None)) == ssl.TLSVersion.TLSv1_2


def test_explicit_settings():
    ctx = context_from_settings({"min_version": 1.2, "verify": False, "ciphers": "ECDHE+AESGCM"})
    assert lowest_tls_version(ctx) == ssl.TLSVersion.TLSv1_2
    assert ctx.verify_mode == ssl.CERT_NONE
    assert ctx.check_hostname is False
    tls12 = [c["name"] for c in ctx.get_ciphers() if c["protocol"] == "TLSv1.2"]
    assert tls12 and all("ECDHE" in name and "GCM" in name for name in tls12)


def test_spelled_out_version():
    ctx = context_from_settings({"min_version": "TLSv1.2", "verify": True})
    assert lowest_tls_version(ctx) == ssl.TLSVersion.TLSv1_2
    assert ctx.verify_mode == ssl.CERT_REQUIRED


def test_errors():
    with pytest.raises(TlsSettingsError, match="unsupported min_version '1.1'"):
        context_from_settings({"min_version": "1.1"})
    with pytest.raises(TlsSettingsError, match="unknown tls settings: ca_file, cert"):
        context_from_settings({"cert": "a.pem", "ca_file": "b.pem"})
    with pytest.raises(TlsSettingsError, match="verify"):
        context_from_settings({"verify": "yes"})
