from decimal import Decimal

from solution import BasketLine, apply_promotions, basket_total


def _basket():
    return [
        BasketLine(sku="TEA-1", category="drinks", quantity=2, unit_price="4.99"),
        BasketLine(sku="MUG-2", category="kitchen", quantity=1, unit_price="12.50"),
        BasketLine(sku="COF-3", category="drinks", quantity=3, unit_price="7.35"),
    ]


def test_category_discounts():
    basket = _basket()
    discounted = apply_promotions(basket, {"drinks": 15, "toys": 50})
    assert [(l.sku, l.unit_price, l.promo) for l in discounted] == [
        ("TEA-1", Decimal("4.24"), "DRINKS-15"),
        ("MUG-2", Decimal("12.50"), ""),
        ("COF-3", Decimal("6.25"), "DRINKS-15"),
    ]
    assert all(isinstance(l, BasketLine) for l in discounted)
    assert discounted[1] is basket[1]
    assert basket_total(discounted) == Decimal("39.73")


def test_catalogue_lines_untouched():
    basket = _basket()
    apply_promotions(basket, {"drinks": 50, "kitchen": 10})
    assert [l.unit_price for l in basket] == [Decimal("4.99"), Decimal("12.50"), Decimal("7.35")]
    assert all(l.promo == "" for l in basket)
    assert basket_total(basket) == Decimal("44.53")


def test_no_promotions():
    basket = _basket()
    assert apply_promotions(basket, {}) == basket
    assert apply_promotions([], {"drinks": 10}) == []
