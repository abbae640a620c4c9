from solution import CertificateInfo


def test_expiry_fields():
    cert = CertificateInfo("example.org", 1735689600 + 3 * 3600)  # 2025-01-01T03:00Z
    assert cert.expiry_hour() == 3
    assert cert.expires_in_year(2025)
    assert not cert.expires_in_year(2024)
