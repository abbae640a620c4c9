"""Running balances and discounted totals for a small project cash-flow plan."""
import numpy as np
import scipy.linalg


class CashflowPlan:
    def __init__(self, flows, annual_rate=0.0):
        self.flows = np.asarray(flows, dtype=float)
        self.annual_rate = annual_rate

    def running_balance(self, opening=0.0):
        """Balance after each period: a lower-triangular ones matrix sums the flows so far."""
        n = self.flows.size
        summation = scipy.linalg.tri(n, n, dtype=float)
        return opening + summation @ self.flows

    def discounted(self):
        periods = np.arange(1, self.flows.size + 1)
        return self.flows / (1.0 + self.annual_rate) ** periods

    def npv(self):
        return round(float(self.discounted().sum()), 2)

    def payback_period(self, opening=0.0):
        """First period (1-based) whose running balance is >= 0, or None."""
        hits = np.flatnonzero(self.running_balance(opening) >= 0)
        return int(hits[0]) + 1 if hits.size else None
