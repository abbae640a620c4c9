"""Two-panel training-curve figure with one legend shared by both panels."""
import matplotlib.pyplot as plt


def training_curves(history, legend_linewidth=3.0):
    """``history`` maps model name -> {"loss": [...], "accuracy": [...]}.

    Returns (fig, legend); the legend sits below the panels and uses thick sample lines.
    """
    fig, (loss_ax, acc_ax) = plt.subplots(1, 2, figsize=(9, 3.5), sharex=True)
    for model, curves in history.items():
        epochs = range(1, len(curves["loss"]) + 1)
        loss_ax.plot(epochs, curves["loss"], label=model)
        acc_ax.plot(epochs, curves["accuracy"], label=model)
    loss_ax.set_ylabel("loss")
    acc_ax.set_ylabel("accuracy")
    handles, labels = loss_ax.get_legend_handles_labels()
    legend = fig.legend(handles, labels, loc="lower center", ncol=len(labels))
    for sample in legend.legendHandles:
        sample.set_linewidth(legend_linewidth)
    fig.subplots_adjust(bottom=0.25)
    return fig, legend
