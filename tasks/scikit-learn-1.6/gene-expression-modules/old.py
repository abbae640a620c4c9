"""Find co-expression modules: genes whose expression profiles point the same way."""
import numpy as np
from sklearn.cluster import AgglomerativeClustering


def find_modules(expression, gene_names, max_cosine_distance=0.2, min_size=1):
    """expression: genes x conditions. Returns modules, largest first."""
    profiles = np.asarray(expression, dtype=float)
    model = AgglomerativeClustering(
        n_clusters=None,
        distance_threshold=max_cosine_distance,
        affinity="cosine",
        linkage="average",
    )
    labels = model.fit_predict(profiles)
    modules = {}
    for gene, label in zip(gene_names, labels):
        modules.setdefault(label, []).append(gene)
    result = [sorted(m) for m in modules.values() if len(m) >= min_size]
    return sorted(result, key=lambda m: (-len(m), m[0]))
