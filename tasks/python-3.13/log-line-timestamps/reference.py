from datetime import datetime, timezone


def format_log_line(epoch_seconds, level, message):
    """Render a log record with a UTC timestamp, as our log shipper expects."""
    stamp = datetime.fromtimestamp(epoch_seconds, tz=timezone.utc)
    return f"{stamp:%Y-%m-%d %H:%M:%S} UTC [{level.upper():<5}] {message}"
