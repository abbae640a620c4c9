import pandas as pd


class PayrollStats:
    """Pay statistics for the compensation review, computed from the HR export."""

    def __init__(self, employees):
        self.frame = pd.DataFrame(employees)

    def medians_by(self, column="department"):
        """Median of every numeric field per group, rounded to cents."""
        grouped = self.frame.drop(columns="employee_id").groupby(column, sort=True)
        return grouped.median().round(2)

    def pay_gap(self, column="department", field="salary"):
        """Ratio of the highest to the lowest group median of ``field``."""
        medians = self.medians_by(column)[field]
        if len(medians) < 2:
            raise ValueError("need at least two groups to compare")
        return round(float(medians.max() / medians.min()), 3)
