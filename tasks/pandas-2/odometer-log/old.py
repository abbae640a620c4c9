import pandas as pd


class OdometerLog:
    """Daily odometer readings of one vehicle, in kilometres."""

    def __init__(self, readings):
        self.readings = pd.Series(readings, dtype="float64")
        self.readings.index = pd.to_datetime(self.readings.index)
        self.readings = self.readings.sort_index()

    def is_consistent(self):
        return bool(self.readings.is_monotonic)

    def total_distance(self):
        if not self.is_consistent():
            raise ValueError("odometer went backwards; readings are corrupt")
        if len(self.readings) < 2:
            return 0.0
        return float(self.readings.iloc[-1] - self.readings.iloc[0])

    def busiest_day(self):
        return self.readings.diff().idxmax().strftime("%Y-%m-%d")
