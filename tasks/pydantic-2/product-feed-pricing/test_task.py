from decimal import Decimal

from solution import effective_prices


def test_prices_with_and_without_optional_fields():
    prices = effective_prices(
        [
            {"ean": "4006381333931", "list_price": "10.00"},
            {"ean": "4006381333948", "list_price": "10.00", "sale_price": "8.00"},
            {"ean": "4006381333955", "list_price": "3.00", "vat_rate": "0.07"},
            {"ean": "4006381333962", "list_price": "5", "sale_price": None, "vat_rate": None},
        ]
    )
    assert prices == {
        "4006381333931": Decimal("11.90"),
        "4006381333948": Decimal("9.52"),
        "4006381333955": Decimal("3.21"),
        "4006381333962": Decimal("5.95"),
    }


def test_empty_feed():
    assert effective_prices([]) == {}
