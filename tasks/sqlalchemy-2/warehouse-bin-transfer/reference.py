"""Move stock between storage bins, keeping per-bin item counts."""
from sqlalchemy import Column, ForeignKey, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Bin(Base):
    __tablename__ = "bins"
    code = Column(String(8), primary_key=True)
    capacity = Column(Integer, nullable=False)


class Stock(Base):
    __tablename__ = "stock"
    bin_code = Column(ForeignKey("bins.code"), primary_key=True)
    item = Column(String(30), primary_key=True)
    count = Column(Integer, nullable=False)


def _used(session, bin_code):
    return sum(s.count for s in session.query(Stock).filter_by(bin_code=bin_code))


def transfer(session, item, source, target, count):
    """Move ``count`` units of ``item`` from bin ``source`` to bin ``target``."""
    target_bin = session.get(Bin, target)
    from_stock = session.get(Stock, (source, item))
    if target_bin is None or from_stock is None or from_stock.count < count:
        raise ValueError(f"cannot move {count} x {item} from {source} to {target}")
    if _used(session, target) + count > target_bin.capacity:
        raise ValueError(f"bin {target} is full")
    to_stock = session.get(Stock, (target, item)) or Stock(bin_code=target, item=item, count=0)
    session.add(to_stock)
    to_stock.count += count
    from_stock.count -= count
    if from_stock.count == 0:
        session.delete(from_stock)
    session.commit()
