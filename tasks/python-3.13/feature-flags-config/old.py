import configparser
import io


class FeatureFlags:
    """Flags from an INI document; unknown flags are off."""

    def __init__(self, text):
        self._parser = configparser.ConfigParser()
        self._parser.readfp(io.StringIO(text))

    def enabled(self, name):
        return self._parser.getboolean("flags", name, fallback=False)

    def all_enabled(self):
        return sorted(k for k in self._parser["flags"] if self.enabled(k))
