"""Kaplan-Meier survival estimate for a small clinical follow-up table."""
import numpy as np


def kaplan_meier(durations, observed):
    """Return (event_times, survival) where survival[i] is S(t) just after event_times[i].

    ``observed`` is 1 when the event happened at that duration and 0 when the subject
    was censored (left the study) at that time.
    """
    durations = np.asarray(durations, dtype=float)
    observed = np.asarray(observed, dtype=bool)
    event_times = np.unique(durations[observed])
    at_risk = np.array([(durations >= t).sum() for t in event_times])
    events = np.array([((durations == t) & observed).sum() for t in event_times])
    survival = np.cumprod(1.0 - events / at_risk)
    return event_times, survival


def median_survival(event_times, survival):
    below = np.nonzero(survival <= 0.5)[0]
    return float(event_times[below[0]]) if below.size else None
