"""Human-readable diagnostics for batches flowing through an ETL job."""
import numpy as np


def describe_batch(batch_id, values):
    """Return a list of log messages about one batch of measurements."""
    arr = np.asarray(values, dtype=float)
    messages = ["batch %r: %r rows" % (batch_id, arr.size)]
    has_nan = np.isnan(arr).any()
    messages.append("batch %r: has_nan=%r" % (batch_id, has_nan))
    finite = arr[np.isfinite(arr)]
    if finite.size:
        worst = np.argmax(np.abs(finite - finite.mean()))
        messages.append("batch %r: largest deviation at %r (value %r)" % (batch_id, worst, finite[worst]))
    return messages
