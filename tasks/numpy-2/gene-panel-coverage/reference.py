"""How well a sequencing run covers a diagnostic gene panel."""
import numpy as np


def panel_coverage(panel, detected_genes, min_reads, read_counts):
    """Fraction of panel genes detected with at least ``min_reads`` reads, and the gaps.

    ``detected_genes`` and ``read_counts`` are parallel sequences from the pipeline.
    """
    panel = np.unique(np.asarray(panel))
    genes = np.asarray(detected_genes)
    reads = np.asarray(read_counts)
    well_covered = genes[reads >= min_reads]
    covered = np.isin(panel, well_covered, assume_unique=False)
    return float(covered.mean()), panel[~covered].tolist()
