from pathlib import Path


def link_farm(sources, farm):
    """Hard-link each source file into one flat `farm` directory; returns link count per file."""
    farm = Path(farm)
    farm.mkdir(exist_ok=True)
    counts = {}
    for src in map(Path, sources):
        src.link_to(farm / src.name)
        counts[src.name] = src.stat().st_nlink
    return counts
