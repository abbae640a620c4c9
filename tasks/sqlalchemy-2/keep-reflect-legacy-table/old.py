"""Copy rows out of a legacy database whose schema is only known at run time."""
from sqlalchemy import MetaData, Table, inspect, select


def reflect_and_copy(source, target, only=None):
    """Create each source table in ``target`` and copy its rows; return {table: rows copied}."""
    names = sorted(inspect(source).get_table_names())
    if only is not None:
        names = [n for n in names if n in set(only)]
    metadata = MetaData()
    tables = [Table(name, metadata, autoload_with=source) for name in names]
    metadata.create_all(target)
    copied = {}
    for table in tables:
        with source.connect() as src:
            rows = [dict(r._mapping) for r in src.execute(select(table))]
        if rows:
            with target.begin() as dst:
                dst.execute(table.insert(), rows)
        copied[table.name] = len(rows)
    return copied
