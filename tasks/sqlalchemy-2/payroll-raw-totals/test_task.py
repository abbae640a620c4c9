from solution import PayrollReport


def _report():
    report = PayrollReport()
    report.add("Ines", "eng", "2024-03", 510000)
    report.add("Karl", "eng", "2024-03", 480050)
    report.add("Lupe", "ops", "2024-03", 390000)
    report.add("Ines", "eng", "2024-04", 515000)
    report.add("Ines", "eng", "2024-03", 25000)
    return report


def test_department_totals_for_month():
    report = _report()
    assert report.department_totals("2024-03") == {"eng": 1015050, "ops": 390000}
    assert report.department_totals("2024-04") == {"eng": 515000}
    assert report.department_totals("2023-12") == {}


def test_headcount_counts_people_once():
    report = _report()
    assert report.headcount("2024-03") == 3
    assert report.headcount("2024-04") == 1
    assert report.headcount("2025-01") == 0
