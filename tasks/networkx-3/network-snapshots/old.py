"""Versioned snapshots of an evolving collaboration network."""
import glob
import os
import re

import networkx as nx


def save_snapshot(graph, folder, version):
    """Write ``graph`` as ``folder/collab_v<version>.gpickle`` and return the path."""
    if version < 1:
        raise ValueError("versions start at 1")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"collab_v{version}.gpickle")
    nx.write_gpickle(graph, path, protocol=4)
    return path


def load_latest(folder):
    """(version, graph) of the newest snapshot in ``folder``; (0, empty Graph) if none."""
    versions = []
    for path in glob.glob(os.path.join(folder, "collab_v*.gpickle")):
        match = re.search(r"collab_v(\d+)\.gpickle$", path)
        if match:
            versions.append((int(match.group(1)), path))
    if not versions:
        return 0, nx.Graph()
    version, path = max(versions)
    return version, nx.read_gpickle(path)


def growth(folder, old_version, new_version):
    """Nodes and edges added between two snapshot versions."""
    old = nx.read_gpickle(os.path.join(folder, f"collab_v{old_version}.gpickle"))
    new = nx.read_gpickle(os.path.join(folder, f"collab_v{new_version}.gpickle"))
    return new.number_of_nodes() - old.number_of_nodes(), new.number_of_edges() - old.number_of_edges()
