"""Distance travelled on a bike trip from a speed sensor sampled at a fixed rate."""
import numpy as np


def trip_distance(speeds_kmh, sample_period_s=1.0, segment_samples=None):
    """Kilometres travelled; with ``segment_samples`` also the distance of each segment.

    Speeds are sampled every ``sample_period_s`` seconds.
    """
    v = np.asarray(speeds_kmh, dtype=float) / 3600.0  # km per second
    total = float(np.trapz(v, dx=sample_period_s))
    if segment_samples is None:
        return total
    segments = []
    for start in range(0, len(v) - 1, segment_samples):
        chunk = v[start : start + segment_samples + 1]
        segments.append(float(np.trapz(chunk, dx=sample_period_s)))
    return total, segments
