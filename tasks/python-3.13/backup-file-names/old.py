import datetime


def backup_name(database, taken_at):
    """File name for a nightly dump, stamped in UTC so hosts in any zone agree."""
    when = datetime.datetime.utcfromtimestamp(taken_at)
    return "{}-{}.sql.gz".format(database, when.strftime("%Y%m%dT%H%M"))
