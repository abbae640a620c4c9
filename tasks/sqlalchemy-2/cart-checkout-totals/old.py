"""Shopping cart that prices items from the product catalogue table."""
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Product(Base):
    __tablename__ = "products"
    id = Column(Integer, primary_key=True)
    name = Column(String(80), nullable=False)
    unit_cents = Column(Integer, nullable=False)
    in_stock = Column(Integer, nullable=False, default=0)


class Cart:
    def __init__(self, session):
        self.session = session
        self.lines = {}

    def add(self, product_id, quantity=1):
        product = self.session.query(Product).get(product_id)
        if product is None:
            raise LookupError(f"no product {product_id}")
        wanted = self.lines.get(product_id, 0) + quantity
        if wanted > product.in_stock:
            raise ValueError(f"only {product.in_stock} x {product.name} in stock")
        self.lines[product_id] = wanted

    def total_cents(self):
        return sum(self.session.query(Product).get(pid).unit_cents * qty for pid, qty in self.lines.items())
