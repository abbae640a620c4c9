"""Run an ad-hoc report query and render it as CSV for download."""
import csv
import io

from sqlalchemy import text


def query_to_csv(conn, sql, params=None, columns=None):
    """CSV text for the rows of ``sql``; header from the first row unless ``columns`` is given."""
    out = io.StringIO()
    writer = None
    for row in conn.execute(text(sql), params or {}):
        record = row._mapping
        if writer is None:
            fieldnames = list(columns) if columns else list(record.keys())
            writer = csv.DictWriter(out, fieldnames=fieldnames, extrasaction="ignore", lineterminator="\n")
            writer.writeheader()
        writer.writerow(dict(record))
    return out.getvalue()
