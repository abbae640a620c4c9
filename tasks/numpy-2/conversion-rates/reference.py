"""Conversion rate per marketing channel and week for the growth dashboard."""
import numpy as np


def conversion_table(visits, signups):
    """Element-wise signups / visits; cells without visits are NaN (undefined)."""
    visits = np.asarray(visits, dtype=float)
    signups = np.asarray(signups, dtype=float)
    rates = np.full(visits.shape, np.nan)
    np.divide(signups, visits, out=rates, where=visits > 0)
    return rates


def best_channel(channels, visits, signups):
    """Channel with the highest overall conversion rate (ignoring undefined weeks)."""
    totals = np.asarray(signups, dtype=float).sum(axis=1) / np.asarray(visits, dtype=float).sum(axis=1)
    totals = np.where(np.isfinite(totals), totals, np.nan)
    return channels[int(np.nanargmax(totals))]
