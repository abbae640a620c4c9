"""Prepare a batch of small grayscale images for a linear classifier."""
import numpy as np


def flatten_batch(images, mean_image=None):
    """(n, h, w) images -> (n, h*w) float feature rows, optionally mean-centred.

    Returns the features and the mean image (h, w) that was subtracted.
    """
    batch = np.asarray(images, dtype=float)
    if batch.ndim != 3:
        raise ValueError("expected a (n, h, w) stack of images")
    if mean_image is None:
        mean_image = batch.mean(axis=0)
    centred = batch - mean_image
    features = np.reshape(centred, shape=(batch.shape[0], -1))
    return features, mean_image
