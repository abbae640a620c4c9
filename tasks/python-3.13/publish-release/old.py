from pathlib import Path


class Publisher:
    """Publish build outputs under a versioned name without copying bytes."""

    def __init__(self, dist):
        self.dist = Path(dist)

    def publish(self, artifact, version):
        src = self.dist / artifact
        stem, dot, ext = artifact.partition(".")
        release = self.dist / f"{stem}-{version}{dot}{ext}"
        src.link_to(release)
        return release.name
