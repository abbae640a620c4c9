"""Flag genetic markers whose F2 phenotype counts deviate from a 3:1 Mendelian ratio."""
from scipy import stats as st

EXPECTED_DOMINANT = 0.75


def marker_p_values(counts):
    """{marker: (dominant, recessive)} -> {marker: exact two-sided p-value}."""
    return {
        marker: st.binom_test(dom, dom + rec, EXPECTED_DOMINANT)
        for marker, (dom, rec) in counts.items()
    }


def distorted_markers(counts, alpha=0.05):
    """Markers showing segregation distortion after a Bonferroni correction, sorted."""
    if not counts:
        return []
    threshold = alpha / len(counts)
    p_values = marker_p_values(counts)
    return sorted(m for m, p in p_values.items() if p < threshold)
