"""Flatten heterogeneous device telemetry records into a numeric table."""
from sklearn.feature_extraction import DictVectorizer


def telemetry_table(records):
    """Return (columns, rows): column names and one list of floats per record.

    String values become one indicator column per value ("status=ok"), numbers stay as they are,
    missing keys are 0.
    """
    vectorizer = DictVectorizer(sparse=False, sort=True)
    matrix = vectorizer.fit_transform(records)
    columns = list(vectorizer.get_feature_names_out())
    return columns, matrix.tolist()


def column_totals(records):
    columns, rows = telemetry_table(records)
    return {column: sum(row[i] for row in rows) for i, column in enumerate(columns)}
