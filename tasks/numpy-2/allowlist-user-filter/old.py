"""Keep only analytics events coming from users on the beta allowlist."""
import numpy as np


def filter_events(user_ids, timestamps, allowlist):
    """Return (user_ids, timestamps) restricted to allowlisted users, sorted by time."""
    user_ids = np.asarray(user_ids)
    timestamps = np.asarray(timestamps)
    keep = np.in1d(user_ids, np.asarray(list(allowlist)))
    order = np.argsort(timestamps[keep], kind="stable")
    return user_ids[keep][order], timestamps[keep][order]
