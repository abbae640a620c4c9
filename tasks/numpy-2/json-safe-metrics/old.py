"""Convert experiment metrics into plain Python values before json.dumps."""
import math

import numpy as np


def to_json_safe(value):
    """Recursively turn numpy scalars and arrays into JSON-friendly Python objects.

    Non-finite float64 values become None, because JSON has no NaN or Infinity.
    """
    if isinstance(value, dict):
        return {str(k): to_json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json_safe(v) for v in value]
    if isinstance(value, np.ndarray):
        return to_json_safe(value.tolist())
    if isinstance(value, (np.float_, float)):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.bool_):
        return bool(value)
    return value
