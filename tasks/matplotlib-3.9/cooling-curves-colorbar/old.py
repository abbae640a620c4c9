"""Newton cooling curves for several starting temperatures, coloured by that temperature."""
import numpy as np
import matplotlib.pyplot as plt
from matplotlib import cm, colors


def cooling_curves(start_temps, ambient=20.0, k=0.1, minutes=60):
    norm = colors.Normalize(vmin=min(start_temps), vmax=max(start_temps))
    scalar_map = cm.ScalarMappable(norm=norm, cmap="plasma")
    t = np.linspace(0, minutes, minutes + 1)
    plt.figure(figsize=(6, 4))
    for start in start_temps:
        temps = ambient + (start - ambient) * np.exp(-k * t)
        plt.plot(t, temps, color=scalar_map.to_rgba(start), linewidth=1.5)
    plt.xlabel("time [min]")
    plt.ylabel("temperature [degC]")
    bar = plt.colorbar(scalar_map, label="start temperature [degC]")
    return plt.gcf(), bar
