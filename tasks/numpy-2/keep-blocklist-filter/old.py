"""Mark requests coming from blocked IP addresses in a grid of request logs."""
import numpy as np


def blocked_mask(ip_grid, blocklist, allow_mode=False):
    """Boolean mask of the same shape as ``ip_grid``: True where the IP is blocked.

    With ``allow_mode`` the list is an allowlist instead, so everything not on it is blocked.
    """
    grid = np.asarray(ip_grid, dtype=str)
    return np.isin(grid, list(blocklist), invert=allow_mode)
