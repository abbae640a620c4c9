"""House style for figures in the journal manuscript: small fonts, colour-blind safe cycle."""
import matplotlib as mpl
import matplotlib.pyplot as plt

HOUSE_STYLES = ["seaborn-paper", "seaborn-colorblind"]
OVERRIDES = {"savefig.dpi": 300, "axes.spines.top": False, "axes.spines.right": False}


def apply_house_style(extra=None):
    """Apply the journal style globally; return the resulting colour cycle as hex strings."""
    plt.style.use(HOUSE_STYLES)
    mpl.rcParams.update(OVERRIDES)
    if extra:
        mpl.rcParams.update(extra)
    return [entry["color"] for entry in mpl.rcParams["axes.prop_cycle"]]
