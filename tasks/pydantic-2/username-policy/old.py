"""User registration for a forum with a strict username policy."""
from typing import Dict

from pydantic import BaseModel, Field

RESERVED = {"admin", "root", "moderator"}


class Registration(BaseModel):
    username: str = Field(..., min_length=3, max_length=16, regex=r"^[a-z][a-z0-9_]*$")
    display_name: str = Field(..., max_length=40)


def register(users: Dict[str, str], username: str, display_name: str) -> Registration:
    """Usernames start with a letter, use lowercase letters, digits and '_' and are not reserved."""
    registration = Registration(username=username, display_name=display_name)
    if registration.username in RESERVED or registration.username in users:
        raise LookupError(f"username {registration.username!r} is taken")
    users[registration.username] = registration.display_name
    return registration
