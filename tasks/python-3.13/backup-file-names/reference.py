import datetime


def backup_name(database, taken_at):
    """File name for a nightly dump, stamped in UTC so hosts in any zone agree."""
    when = datetime.datetime.fromtimestamp(taken_at, tz=datetime.timezone.utc)
    return "{}-{}.sql.gz".format(database, when.strftime("%Y%m%dT%H%M"))
