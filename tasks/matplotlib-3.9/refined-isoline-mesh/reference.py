"""Smooth isolines from a coarse finite-element result by refining the mesh first."""
import numpy as np
import matplotlib.pyplot as plt
from matplotlib.tri import Triangulation, UniformTriRefiner


def refined_isolines(x, y, z, levels, subdiv=2):
    """Draw isolines of z on a uniformly refined mesh.

    Returns (fig, contour set, refined triangulation); the refined field is interpolated with
    cubic elements, so the lines are smoother than on the raw mesh.
    """
    coarse = Triangulation(np.asarray(x, float), np.asarray(y, float))
    refiner = UniformTriRefiner(coarse)
    fine, fine_z = refiner.refine_field(np.asarray(z, float), subdiv=subdiv)
    fig, ax = plt.subplots()
    ax.triplot(coarse, color="0.8", linewidth=0.5)
    contours = ax.tricontour(fine, fine_z, levels=levels, colors="k")
    ax.clabel(contours, fmt="%.1f")
    ax.set_aspect("equal")
    return fig, contours, fine
