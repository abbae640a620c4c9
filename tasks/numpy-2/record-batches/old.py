"""Group tabular records into fixed-size numeric batches for a training loop."""
import numpy as np


def make_batches(rows, batch_size, drop_last=False):
    """Split ``rows`` (a sequence of equal-length numeric rows) into float64 batches."""
    if batch_size <= 0:
        raise ValueError("batch_size must be positive")
    data = np.array(rows, dtype=np.float64, copy=False)
    if data.ndim != 2:
        raise ValueError("rows must form a 2-D table")
    batches = [data[i : i + batch_size] for i in range(0, len(data), batch_size)]
    if drop_last and batches and len(batches[-1]) < batch_size:
        batches.pop()
    return batches
