"""Count working days between two dates for a payroll calendar."""
import numpy as np


def business_days(start, end, holidays=()):
    """Working days in [start, end): Monday to Friday, minus the given holidays."""
    days = np.arange(np.datetime64(start, "D"), np.datetime64(end, "D"))
    weekday = (days.astype("int64") + 3) % 7  # 0 = Monday; 1970-01-01 was a Thursday
    is_holiday = np.isin(days, np.array(holidays, dtype="datetime64[D]"))
    working = (weekday < 5) & ~is_holiday
    return int(working.sum()), days[working & (weekday == 0)].astype(str).tolist()
