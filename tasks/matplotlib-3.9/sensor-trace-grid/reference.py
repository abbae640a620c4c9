"""Quick-look plot of one temperature sensor trace with a dense reading grid."""
import matplotlib.pyplot as plt


def plot_trace(timestamps, readings, sensor_id, unit="degC"):
    if len(timestamps) != len(readings):
        raise ValueError("timestamps and readings differ in length")
    fig, ax = plt.subplots(figsize=(8, 3))
    ax.plot(timestamps, readings, color="tab:red", linewidth=1.2, label=sensor_id)
    ax.set_xlabel("time [s]")
    ax.set_ylabel(f"temperature [{unit}]")
    ax.minorticks_on()
    ax.grid(visible=True, which="both", linestyle=":", linewidth=0.5)
    ax.legend(loc="upper right")
    ax.set_title(f"sensor {sensor_id}: min {min(readings):.1f}, max {max(readings):.1f}")
    return fig, ax
