"""Pick the newest release from a list of git tags such as 'v1.4.2'."""
from typing import List, Optional, Tuple

from pydantic import BaseModel, ValidationError, constr

ReleaseTag = constr(regex=r"^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


class Release(BaseModel):
    tag: ReleaseTag

    @property
    def version(self) -> Tuple[int, int, int]:
        major, minor, patch = self.tag[1:].split(".")
        return int(major), int(minor), int(patch)


def latest_release(tags: List[str]) -> Optional[str]:
    """Newest well-formed release tag; anything else (rc tags, branches) is skipped."""
    releases = []
    for tag in tags:
        try:
            releases.append(Release(tag=tag))
        except ValidationError:
            continue
    if not releases:
        return None
    return max(releases, key=lambda release: release.version).tag
