import pytest
from pydantic import ValidationError

from solution import ShippingAddress


def test_dutch_postcode_normalized():
    address = ShippingAddress(name="J. de Vries", street="Keizersgracht 1", city="Amsterdam", country="nl", postcode="1015 cj")
    assert address.country == "NL"
    assert address.postcode == "1015CJ"
    assert address.label() == "J. de Vries\nKeizersgracht 1\n1015CJ Amsterdam\nNL"


def test_us_zip_plus_four():
    address = ShippingAddress(name="A", street="B", city="Austin", country="US", postcode="78701-1234")
    assert address.postcode == "78701-1234"


def test_postcode_wrong_for_country():
    with pytest.raises(ValidationError, match="invalid postcode for DE"):
        ShippingAddress(name="A", street="B", city="Berlin", country="de", postcode="1015CJ")


def test_unsupported_country():
    with pytest.raises(ValidationError, match="we do not ship to FR"):
        ShippingAddress(name="A", street="B", city="Paris", country="fr", postcode="75001")
