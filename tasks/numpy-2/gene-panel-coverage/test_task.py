from solution import panel_coverage


def test_coverage_and_gaps():
    panel = ["BRCA1", "BRCA2", "TP53", "PTEN"]
    detected = ["TP53", "BRCA1", "KRAS", "PTEN", "BRCA1"]
    reads = [120, 15, 300, 80, 40]
    fraction, gaps = panel_coverage(panel, detected, 30, reads)
    assert fraction == 0.75
    assert gaps == ["BRCA2"]


def test_nothing_covered():
    fraction, gaps = panel_coverage(["MLH1", "MSH2"], ["MLH1"], 100, [5])
    assert fraction == 0.0
    assert gaps == ["MLH1", "MSH2"]
