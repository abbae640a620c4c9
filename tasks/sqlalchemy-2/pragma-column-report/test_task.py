import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine

from solution import demo_engine, describe_table


def test_demo_table():
    assert describe_table(demo_engine(), "parcels") == [
        {"name": "id", "type": "INTEGER", "nullable": True, "primary_key": True},
        {"name": "tracking", "type": "VARCHAR(20)", "nullable": False, "primary_key": False},
        {"name": "weight", "type": "REAL", "nullable": True, "primary_key": False},
    ]


def test_table_created_elsewhere():
    engine = create_engine("sqlite://")
    metadata = MetaData()
    Table("tags", metadata, Column("tag", String(16), primary_key=True), Column("uses", Integer, nullable=False))
    metadata.create_all(engine)
    assert describe_table(engine, "tags") == [
        {"name": "tag", "type": "VARCHAR(16)", "nullable": False, "primary_key": True},
        {"name": "uses", "type": "INTEGER", "nullable": False, "primary_key": False},
    ]


def test_missing_and_suspicious_tables():
    engine = demo_engine()
    with pytest.raises(LookupError):
        describe_table(engine, "ghosts")
    with pytest.raises(ValueError):
        describe_table(engine, "parcels; DROP TABLE parcels")
