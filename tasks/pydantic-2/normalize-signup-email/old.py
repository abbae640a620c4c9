"""Sign-up form handling for the newsletter service."""
from typing import Dict

from pydantic import BaseModel, validator

BLOCKED_DOMAINS = {"mailinator.com", "example.invalid"}


class Signup(BaseModel):
    email: str
    name: str

    @validator("email")
    def normalize_email(cls, value):
        value = value.strip().lower()
        local, sep, domain = value.partition("@")
        if not sep or not local or "." not in domain:
            raise ValueError("not an e-mail address")
        if domain in BLOCKED_DOMAINS:
            raise ValueError(f"domain {domain} is not accepted")
        return value


def register_user(registry: Dict[str, str], form: dict) -> Signup:
    """Validate the form and record the subscriber under the normalized address."""
    signup = Signup(**form)
    if signup.email in registry:
        raise KeyError(signup.email)
    registry[signup.email] = signup.name
    return signup
