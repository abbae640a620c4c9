"""Build a label map from a segmentation mask for a small image-annotation tool."""
import numpy as np

BACKGROUND = -1


def label_map(class_ids, confidence, min_confidence=0.5):
    """Per-pixel class id (uint8 from the model); low-confidence pixels become BACKGROUND.

    Returns (labels, counts) where counts maps each label (including BACKGROUND) to its
    number of pixels.
    """
    class_ids = np.asarray(class_ids, dtype=np.uint8)
    confident = np.asarray(confidence, dtype=float) >= min_confidence
    labels = np.where(confident, class_ids, BACKGROUND)
    values, counts = np.unique(labels, return_counts=True)
    return labels, dict(zip(values.tolist(), counts.tolist()))
