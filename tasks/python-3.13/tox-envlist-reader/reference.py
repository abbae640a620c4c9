from configparser import ConfigParser


def env_names(path):
    """Test environments listed in a tox.ini file, one per line or comma-separated."""
    parser = ConfigParser()
    with open(path) as handle:
        parser.read_file(handle)
    raw = parser.get("tox", "envlist", fallback="")
    names = []
    for chunk in raw.replace(",", "\n").splitlines():
        if chunk.strip():
            names.append(chunk.strip())
    return names
