"""Release gate for production batches based on sampled defect counts."""
import scipy.stats as ss

ACCEPTABLE_DEFECT_RATE = 0.02


def batch_p_value(defective, good, limit=ACCEPTABLE_DEFECT_RATE):
    """Evidence that the batch defect rate exceeds ``limit`` (small = worse)."""
    return ss.binomtest(defective, defective + good, p=limit, alternative="greater").pvalue


def gate(batches, limit=ACCEPTABLE_DEFECT_RATE, alpha=0.05):
    """Split ``batches`` ({batch_id: (defective, good)}) into released and held ids."""
    released, held = [], []
    for batch_id, (defective, good) in sorted(batches.items()):
        if defective < 0 or good < 0:
            raise ValueError(f"negative count in batch {batch_id}")
        if batch_p_value(defective, good, limit) < alpha:
            held.append(batch_id)
        else:
            released.append(batch_id)
    return {"released": released, "held": held}
