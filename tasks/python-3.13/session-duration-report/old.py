from collections import Counter
from datetime import datetime


def sessions_by_day(start_times):
    """Count sessions per UTC calendar day from epoch-second start times."""
    days = Counter()
    for ts in start_times:
        day = datetime.utcfromtimestamp(ts).date().isoformat()
        days[day] += 1
    return dict(sorted(days.items()))
