"""Validate the [retry] settings block of the ingestion agent's YAML config."""
from urllib3.util.retry import Retry


class SettingsError(ValueError):
    pass


def validate_retry_settings(settings):
    """Return a cleaned copy of ``settings`` or raise SettingsError listing every problem."""
    problems = []
    total = settings.get("total", 3)
    factor = settings.get("backoff_factor", 0)
    max_sleep = settings.get("max_sleep", Retry.BACKOFF_MAX)
    if not isinstance(total, int) or total < 0:
        problems.append("total must be a non-negative integer")
    if not isinstance(factor, (int, float)) or factor < 0:
        problems.append("backoff_factor must be >= 0")
    elif factor > Retry.BACKOFF_MAX:
        problems.append(f"backoff_factor above {Retry.BACKOFF_MAX}s makes every sleep hit the cap")
    if not isinstance(max_sleep, (int, float)) or not 0 < max_sleep <= Retry.BACKOFF_MAX:
        problems.append(f"max_sleep must be in (0, {Retry.BACKOFF_MAX}]")
    if problems:
        raise SettingsError("; ".join(problems))
    return {"total": total, "backoff_factor": float(factor), "max_sleep": float(max_sleep)}
