"""Named timeout profiles for the outbound HTTP clients of the reporting service."""
from urllib3 import Timeout

PROFILES = {
    "interactive": {"connect": 1.0, "read": 3.0},
    "batch": {"connect": 5.0, "read": 120.0},
    "healthcheck": {"total": 2.0},
}


def timeout_for(profile, scale=1.0, overrides=None):
    """Return the urllib3 Timeout for ``profile`` with every value multiplied by ``scale``."""
    if profile not in PROFILES:
        raise KeyError(f"unknown timeout profile {profile!r}")
    values = dict(PROFILES[profile])
    values.update(overrides or {})
    scaled = {key: None if value is None else value * scale for key, value in values.items()}
    try:
        return Timeout(**scaled)
    except ValueError as exc:
        raise ValueError(f"bad timeout profile {profile!r}: {exc}") from None


def describe(timeout):
    return f"connect={timeout.connect_timeout} total={timeout.total}"
