"""Monthly repayment schedule of a fixed-rate loan as a structured array."""
import numpy as np

SCHEDULE_DTYPE = np.dtype(
    [
        ("month", np.int64),
        ("payment", np.float_),
        ("interest", np.float_),
        ("principal", np.float_),
        ("balance", np.float_),
    ]
)


def monthly_payment(amount, annual_rate, months):
    r = annual_rate / 12
    if r == 0:
        return amount / months
    return amount * r / (1 - (1 + r) ** -months)


def amortization_schedule(amount, annual_rate, months):
    table = np.zeros(months, dtype=SCHEDULE_DTYPE)
    payment = monthly_payment(amount, annual_rate, months)
    balance = amount
    for i in range(months):
        interest = balance * annual_rate / 12
        principal = payment - interest
        balance -= principal
        table[i] = (i + 1, payment, interest, principal, max(balance, 0.0))
    return table
