"""Compare analysis windows for a spectrum analyser settings page."""
import numpy as np
from scipy import signal


class WindowCatalog:
    """Summary figures of the tapers offered to the user."""

    FACTORIES = {
        "hamming": signal.windows.hamming,
        "blackman": signal.windows.blackman,
        "bartlett": signal.windows.bartlett,
        "boxcar": signal.windows.boxcar,
    }

    def __init__(self, length):
        if length < 2:
            raise ValueError("window length must be at least 2")
        self.length = length

    def samples(self, name):
        try:
            factory = self.FACTORIES[name]
        except KeyError:
            raise KeyError(f"unknown window {name!r}") from None
        return factory(self.length, sym=False)

    def coherent_gain(self, name):
        return float(np.mean(self.samples(name)))

    def enbw_bins(self, name):
        """Equivalent noise bandwidth, in frequency bins."""
        w = self.samples(name)
        return float(self.length * np.sum(w ** 2) / np.sum(w) ** 2)

    def table(self):
        return {name: (round(self.coherent_gain(name), 4), round(self.enbw_bins(name), 4))
                for name in sorted(self.FACTORIES)}
