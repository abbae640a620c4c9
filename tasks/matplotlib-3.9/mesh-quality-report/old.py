"""Quality report for unstructured survey meshes before they are used for contouring."""
import numpy as np
from matplotlib.tri.triangulation import Triangulation
from matplotlib.tri.tritools import TriAnalyzer


def mesh_quality(x, y, min_circle_ratio=0.1):
    """Summarise the Delaunay mesh of the points (x, y).

    Flat triangles on the border (circle ratio below ``min_circle_ratio``) are counted and
    masked out of the returned triangulation.
    """
    triangulation = Triangulation(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
    analyzer = TriAnalyzer(triangulation)
    ratios = analyzer.circle_ratios(rescale=True)
    flat = analyzer.get_flat_tri_mask(min_circle_ratio=min_circle_ratio, rescale=True)
    triangulation.set_mask(flat)
    return {
        "triangles": int(len(triangulation.triangles)),
        "flat_masked": int(flat.sum()),
        "worst_ratio": round(float(ratios.min()), 3),
        "mesh": triangulation,
    }
