import ssl

from solution import build_context, lowest_version, tls_posture


def test_strict_service_is_compliant():
    assert tls_posture("payments") == {
        "service": "payments",
        "lowest_version": "TLSv1.2",
        "verifies_certificates": True,
        "findings": [],
        "compliant": True,
    }


def test_internal_service_is_flagged():
    assert tls_posture("metrics-scraper", strict=False) == {
        "service": "metrics-scraper",
        "lowest_version": "TLSv1.2",
        "verifies_certificates": False,
        "findings": ["does not verify server certificates"],
        "compliant": False,
    }


def test_contexts_are_independent():
    a, b = build_context(True), build_context(True)
    assert a is not b
    assert lowest_version(a) == "TLSv1.2"
    assert b.options & ssl.OP_NO_COMPRESSION
    assert build_context(False).check_hostname is False
