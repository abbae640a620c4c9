import numpy as np

from solution import partial_correlations


def expression_data():
    rng = np.random.default_rng(11)
    g1 = rng.normal(size=40)
    g2 = 0.8 * g1 + 0.6 * rng.normal(size=40)
    g3 = 0.7 * g2 + 0.7 * rng.normal(size=40)
    g4 = rng.normal(size=40)
    data = np.c_[g1, g2, g3, g4].round(2)
    return np.c_[data, data[:, 0] + data[:, 3]]  # gene E is exactly A + D


def test_collinear_gene_set_uses_cutoff():
    edges, rank = partial_correlations(expression_data(), ["A", "B", "C", "D", "E"])
    assert rank == 4
    assert [e[:2] for e in edges] == [("A", "E"), ("A", "B"), ("A", "D"), ("B", "E"), ("B", "D"), ("B", "C")]
    np.testing.assert_allclose([e[2] for e in edges], [-0.734, 0.72, 0.713, 0.627, -0.412, 0.376], atol=2e-3)


def test_full_rank_subset():
    edges, rank = partial_correlations(expression_data()[:, :4], ["A", "B", "C", "D"])
    assert rank == 4
    assert [e[:2] for e in edges] == [("A", "B"), ("B", "C")]
    np.testing.assert_allclose([e[2] for e in edges], [0.734, 0.376], atol=2e-3)
