"""Sales orders whose lines live and die with the order."""
from sqlalchemy import Column, ForeignKey, Integer, String, create_engine, func, select
from sqlalchemy.orm import Session, declarative_base, relation

Base = declarative_base()


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    customer = Column(String(60), nullable=False)
    lines = relation("OrderLine", cascade="all, delete-orphan", order_by="OrderLine.id")


class OrderLine(Base):
    __tablename__ = "order_lines"
    id = Column(Integer, primary_key=True)
    order_id = Column(ForeignKey("orders.id"), nullable=False)
    product = Column(String(60), nullable=False)
    quantity = Column(Integer, nullable=False)


class OrderBook:
    def __init__(self):
        self.session = Session(create_engine("sqlite://"))
        Base.metadata.create_all(self.session.get_bind())

    def place(self, customer, items):
        order = Order(customer=customer, lines=[OrderLine(product=p, quantity=q) for p, q in items])
        self.session.add(order)
        self.session.commit()
        return order.id

    def drop_line(self, order_id, product):
        order = self.session.get(Order, order_id)
        order.lines = [line for line in order.lines if line.product != product]
        self.session.commit()

    def cancel(self, order_id):
        self.session.delete(self.session.get(Order, order_id))
        self.session.commit()

    def line_count(self):
        return self.session.scalar(select(func.count(OrderLine.id)))
