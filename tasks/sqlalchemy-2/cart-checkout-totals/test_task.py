import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from solution import Base, Cart, Product


@pytest.fixture
def session():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        s.add_all(
            [
                Product(id=1, name="notebook", unit_cents=350, in_stock=10),
                Product(id=2, name="fountain pen", unit_cents=4200, in_stock=1),
            ]
        )
        s.commit()
        yield s


def test_total(session):
    cart = Cart(session)
    cart.add(1, 3)
    cart.add(2)
    cart.add(1)
    assert cart.lines == {1: 4, 2: 1}
    assert cart.total_cents() == 5600


def test_stock_limit(session):
    cart = Cart(session)
    cart.add(2)
    with pytest.raises(ValueError, match="only 1 x fountain pen in stock"):
        cart.add(2)
    assert cart.total_cents() == 4200


def test_unknown_product(session):
    cart = Cart(session)
    with pytest.raises(LookupError):
        cart.add(77)
    assert cart.total_cents() == 0
