"""Generate CREATE TABLE statements that match a DataFrame, for the staging database."""
from pandas.api import types


def _sql_type(column):
    if types.is_bool_dtype(column):
        return "BOOLEAN"
    if types.is_integer_dtype(column):
        return "BIGINT"
    if types.is_float_dtype(column):
        return "DOUBLE PRECISION"
    if types.is_datetime64_any_dtype(column):
        return "TIMESTAMP"
    lengths = column.dropna().astype(str).str.len()
    return f"VARCHAR({int(lengths.max()) if len(lengths) else 1})"


def create_table_sql(table, frame, primary_key=None):
    """Return the DDL; columns with missing values are nullable, the others NOT NULL."""
    lines = []
    for name, column in frame.items():
        nullable = "" if column.isna().any() else " NOT NULL"
        lines.append(f"    {name} {_sql_type(column)}{nullable}")
    if primary_key is not None:
        if primary_key not in frame.columns:
            raise KeyError(f"primary key {primary_key!r} is not a column")
        lines.append(f"    PRIMARY KEY ({primary_key})")
    return f"CREATE TABLE {table} (\n" + ",\n".join(lines) + "\n);"
