"""Choose shipping boxes for parcels and report the billed volume."""
import numpy as np

BOXES = np.array([[20, 15, 10], [30, 20, 15], [40, 30, 25], [60, 40, 40]])  # cm


def pack_boxes(parcels):
    """For each parcel (length, width, height in cm) pick the smallest box it fits in.

    Dimensions are compared after sorting, so parcels may be rotated. Returns a list of
    (box_index, box_volume_litres); box_index is None when nothing fits.
    """
    box_dims = np.sort(BOXES, axis=1)
    box_volumes = np.prod(BOXES, axis=1) / 1000.0
    order = np.argsort(box_volumes)
    result = []
    for parcel in np.sort(np.asarray(parcels, dtype=float), axis=1):
        fits = [i for i in order if np.all(parcel <= box_dims[i])]
        if fits:
            result.append((int(fits[0]), float(box_volumes[fits[0]])))
        else:
            result.append((None, 0.0))
    return result


def parcel_volumes(parcels):
    return np.prod(np.asarray(parcels, dtype=float), axis=1) / 1000.0
