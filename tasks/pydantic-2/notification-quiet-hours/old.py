"""Delay push notifications that would land in a user's quiet hours."""
from typing import List, Optional

from pydantic import BaseModel, conint


class QuietHours(BaseModel):
    __root__: List[conint(ge=0, le=23)]

    def contains(self, hour: int) -> bool:
        return hour in self.__root__


class NotificationPrefs(BaseModel):
    user: str
    channels: List[str] = ["push"]
    quiet_hours: QuietHours = QuietHours(__root__=[])


def delivery_hour(prefs: dict, hour: int, channel: str = "push") -> Optional[int]:
    """Hour (0-23) at which a notification created at ``hour`` is delivered on ``channel``;
    None when the user has that channel switched off or is quiet all day."""
    settings = NotificationPrefs(**prefs)
    if channel not in settings.channels:
        return None
    for offset in range(24):
        candidate = (hour + offset) % 24
        if not settings.quiet_hours.contains(candidate):
            return candidate
    return None
