"""Expected payoff of a European call under a lognormal terminal price (numerical integration)."""
import numpy as np
from scipy import integrate


def lognormal_pdf(s, spot, drift, vol, years):
    mu = np.log(spot) + (drift - 0.5 * vol**2) * years
    sigma = vol * np.sqrt(years)
    return np.exp(-((np.log(s) - mu) ** 2) / (2 * sigma**2)) / (s * sigma * np.sqrt(2 * np.pi))


def expected_payoff(spot, strike, rate, vol, years):
    """Discounted E[max(S_T - K, 0)] and the probability of finishing in the money."""
    density = lambda s: lognormal_pdf(s, spot, rate, vol, years)
    payoff, err = integrate.quad(lambda s: (s - strike) * density(s), strike, np.inf, limit=200)
    prob, _ = integrate.quad(density, strike, np.inf)
    if err > 1e-6 * max(1.0, abs(payoff)):
        raise RuntimeError("integration did not converge")
    return round(float(np.exp(-rate * years) * payoff), 4), round(float(prob), 4)
