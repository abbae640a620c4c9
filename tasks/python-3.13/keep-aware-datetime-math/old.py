from datetime import datetime, timezone


def hours_between(start_epoch, end_epoch):
    """Whole hours between two epoch times, computed on aware UTC datetimes."""
    start = datetime.fromtimestamp(start_epoch, tz=timezone.utc)
    end = datetime.fromtimestamp(end_epoch, tz=timezone.utc)
    return int((end - start).total_seconds() // 3600)
