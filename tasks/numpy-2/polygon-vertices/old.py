"""Vertices of regular polygons for a vector drawing tool, as points in the complex plane."""
import numpy as np


def regular_polygon(sides, radius=1.0, center=(0.0, 0.0), rotation_deg=0.0):
    """Return the vertices as an (sides, 2) float array of x, y coordinates."""
    if sides < 3:
        raise ValueError("a polygon needs at least 3 sides")
    k = np.arange(sides)
    turn = np.exp(2j * np.pi * k / sides).astype(np.complex_)
    start = np.complex_(np.exp(1j * np.deg2rad(rotation_deg)))
    points = complex(*center) + radius * start * turn
    return np.column_stack([points.real, points.imag])


def perimeter(vertices):
    closed = np.vstack([vertices, vertices[:1]])
    return float(np.hypot(*np.diff(closed, axis=0).T).sum())
