"""Compliance check: describe the TLS settings our outbound clients use, for the audit log."""
import ssl

from urllib3.util.ssl_ import create_urllib3_context

_NAMES = {ssl.TLSVersion.TLSv1_2: "TLSv1.2", ssl.TLSVersion.TLSv1_3: "TLSv1.3"}


def build_context(strict):
    if strict:
        return create_urllib3_context(ssl_minimum_version=ssl.TLSVersion.TLSv1_2, cert_reqs=ssl.CERT_REQUIRED)
    # internal services with self-signed certificates
    return create_urllib3_context(ssl_minimum_version=ssl.TLSVersion.TLSv1_2, cert_reqs=ssl.CERT_NONE)


def lowest_version(ctx):
    """Lowest protocol the context negotiates; a context pinned to one protocol reports no minimum."""
    if ctx.protocol == ssl.PROTOCOL_TLSv1_2:
        return "TLSv1.2"
    return _NAMES.get(ctx.minimum_version, "any")


def tls_posture(service, strict=True):
    """Return an audit record for ``service`` and whether it meets the policy."""
    ctx = build_context(strict)
    findings = []
    if lowest_version(ctx) not in _NAMES.values():
        findings.append("accepts protocol versions older than TLS 1.2")
    if ctx.verify_mode != ssl.CERT_REQUIRED:
        findings.append("does not verify server certificates")
    if not ctx.options & ssl.OP_NO_COMPRESSION:
        findings.append("allows TLS compression")
    return {
        "service": service,
        "lowest_version": lowest_version(ctx),
        "verifies_certificates": ctx.verify_mode == ssl.CERT_REQUIRED,
        "findings": findings,
        "compliant": not findings,
    }
