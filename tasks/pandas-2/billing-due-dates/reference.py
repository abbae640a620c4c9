import pandas as pd


class BillingSchedule:
    """Instalment plan: equal payments due on the last day of each month."""

    def __init__(self, first_month, instalments, total):
        if instalments < 1:
            raise ValueError("need at least one instalment")
        self.first_month = pd.Timestamp(first_month)
        self.instalments = instalments
        self.total = total

    def due_dates(self):
        dates = pd.date_range(self.first_month, periods=self.instalments, freq="ME")
        return [d.strftime("%Y-%m-%d") for d in dates]

    def as_frame(self):
        amount = round(self.total / self.instalments, 2)
        amounts = [amount] * (self.instalments - 1)
        amounts.append(round(self.total - sum(amounts), 2))
        return pd.DataFrame({"due": self.due_dates(), "amount": amounts})
