"""A tiny write-through cache that stores user profiles as plain dicts."""
from typing import Dict, Optional

from pydantic import BaseModel, Field


class Profile(BaseModel):
    user_id: int = Field(alias="userId")
    display_name: str = Field(alias="displayName")
    locale: str = "en"


class ProfileCache:
    def __init__(self):
        self._store: Dict[int, dict] = {}
        self.writes = 0

    def put(self, profile: Profile) -> None:
        # Stored with the camelCase keys the frontend expects.
        self._store[profile.user_id] = profile.dict(by_alias=True)
        self.writes += 1

    def raw(self, user_id: int) -> Optional[dict]:
        return self._store.get(user_id)

    def get(self, user_id: int) -> Optional[Profile]:
        data = self._store.get(user_id)
        return None if data is None else Profile(**data)
