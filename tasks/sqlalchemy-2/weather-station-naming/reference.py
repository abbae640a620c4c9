"""Schema for a network of weather stations, with predictable constraint names for migrations."""
from sqlalchemy import CheckConstraint, Column, Float, ForeignKey, Integer, MetaData, String, inspect
from sqlalchemy.orm import declarative_base

NAMING = {
    "pk": "pk_%(table_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
}

Base = declarative_base(metadata=MetaData(naming_convention=NAMING))


class Station(Base):
    __tablename__ = "station"
    id = Column(Integer, primary_key=True)
    wmo_code = Column(String(5), nullable=False, unique=True)


class Observation(Base):
    __tablename__ = "observation"
    __table_args__ = (CheckConstraint("humidity BETWEEN 0 AND 100", name="humidity_range"),)
    id = Column(Integer, primary_key=True)
    station_id = Column(ForeignKey("station.id"), nullable=False)
    humidity = Column(Float)


def create_schema(engine):
    """Create the tables and return {table: sorted constraint names} as seen by the database."""
    Base.metadata.create_all(engine)
    insp = inspect(engine)
    names = {}
    for table in insp.get_table_names():
        found = [insp.get_pk_constraint(table)["name"]]
        found += [fk["name"] for fk in insp.get_foreign_keys(table)]
        found += [uq["name"] for uq in insp.get_unique_constraints(table)]
        found += [ck["name"] for ck in insp.get_check_constraints(table)]
        names[table] = sorted(n for n in found if n)
    return names
