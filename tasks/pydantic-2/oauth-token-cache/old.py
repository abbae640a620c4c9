"""Cache OAuth access tokens: parsed from the token endpoint, restored from the local DB."""
from typing import Dict, Optional

from pydantic import BaseModel, Field


class AccessToken(BaseModel):
    token: str = Field(alias="access_token")
    lifetime_s: int = Field(alias="expires_in")
    scheme: str = Field("Bearer", alias="token_type")
    issued_at: int = 0

    class Config:
        allow_population_by_field_name = True

    def expired(self, now: int, leeway_s: int = 30) -> bool:
        return now >= self.issued_at + self.lifetime_s - leeway_s


class TokenCache:
    def __init__(self):
        self._tokens: Dict[str, AccessToken] = {}

    def store_response(self, client_id: str, response: dict, now: int) -> AccessToken:
        """``response`` is the JSON body returned by the token endpoint."""
        token = AccessToken(**response, issued_at=now)
        self._tokens[client_id] = token
        return token

    def restore(self, client_id: str, row: dict) -> AccessToken:
        """``row`` comes from our tokens table, whose columns match the field names."""
        token = AccessToken(**row)
        self._tokens[client_id] = token
        return token

    def auth_header(self, client_id: str, now: int) -> Optional[str]:
        token = self._tokens.get(client_id)
        if token is None or token.expired(now):
            return None
        return f"{token.scheme} {token.token}"
