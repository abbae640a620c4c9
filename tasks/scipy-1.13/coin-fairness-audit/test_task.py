import pytest

from solution import CoinAudit


def test_heavily_biased_coin():
    audit = CoinAudit("c1").record("HHTHHHHTHHHHHH").record("THHHHH")
    assert audit.total == 20
    assert float(audit.p_value()) == pytest.approx(0.0025768280029296875, rel=1e-12)
    assert audit.verdict() == "biased"


def test_balanced_and_borderline_coins():
    assert float(CoinAudit("c2").record("hthtthhTHT").p_value()) == pytest.approx(1.0)
    borderline = CoinAudit("c3").record("HHHHHHHT")
    assert float(borderline.p_value()) == pytest.approx(0.0703125, rel=1e-12)
    assert borderline.verdict() == "fair"
    assert borderline.verdict(alpha=0.1) == "biased"


def test_invalid_usage():
    with pytest.raises(ValueError):
        CoinAudit("c4").record("HTX")
    with pytest.raises(ValueError):
        CoinAudit("c5").p_value()
