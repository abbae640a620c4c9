"""Feature flags loaded from the remote config service (a flat JSON object name -> bool)."""
from typing import Dict, List

from pydantic import RootModel


class FeatureFlags(RootModel[Dict[str, bool]]):
    def enabled(self, name: str) -> bool:
        return self.root.get(name, False)

    def turned_on(self) -> List[str]:
        return sorted(name for name, on in self.root.items() if on)


def load_flags(remote: dict, local_overrides: dict) -> FeatureFlags:
    """Remote values, with developer overrides applied on top."""
    merged = {**remote, **local_overrides}
    return FeatureFlags(merged)
