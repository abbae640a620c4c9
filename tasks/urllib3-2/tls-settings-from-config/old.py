"""Turn the [tls] section of a service's settings into an SSLContext for urllib3 pools."""
import ssl

from urllib3.util.ssl_ import create_urllib3_context

_MIN_PROTOCOLS = {
    "1.2": ssl.PROTOCOL_TLSv1_2,
    "tlsv1.2": ssl.PROTOCOL_TLSv1_2,
}


class TlsSettingsError(ValueError):
    pass


def context_from_settings(settings):
    """Build the context described by ``settings`` (keys: min_version, verify, ciphers)."""
    settings = dict(settings or {})
    unknown = sorted(set(settings) - {"min_version", "verify", "ciphers"})
    if unknown:
        raise TlsSettingsError(f"unknown tls settings: {', '.join(unknown)}")
    version = str(settings.get("min_version", "1.2")).lower()
    if version not in _MIN_PROTOCOLS:
        raise TlsSettingsError(f"unsupported min_version {version!r}")
    verify = settings.get("verify", True)
    if not isinstance(verify, bool):
        raise TlsSettingsError("verify must be true or false")
    return create_urllib3_context(
        ssl_version=_MIN_PROTOCOLS[version],
        cert_reqs=ssl.CERT_REQUIRED if verify else ssl.CERT_NONE,
        ciphers=settings.get("ciphers"),
    )
