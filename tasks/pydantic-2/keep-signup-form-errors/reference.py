"""Server-side validation of the signup form; errors are reported per form field path."""
from datetime import date
from typing import Dict, List, Union

from pydantic import BaseModel, Field, ValidationError


class Address(BaseModel):
    street: str = Field(min_length=3)
    city: str
    postcode: str = Field(min_length=4, max_length=10)


class Signup(BaseModel):
    username: str = Field(min_length=3, max_length=20)
    birth_date: date
    newsletter: bool = False
    address: Address
    interests: List[str] = Field(default_factory=list)


def check_signup(form: dict) -> Dict[str, Union[Signup, List[str]]]:
    """{"ok": Signup} when the form is valid, else {"errors": sorted dotted field paths}."""
    try:
        return {"ok": Signup(**form)}
    except ValidationError as exc:
        paths = {".".join(str(part) for part in error["loc"]) for error in exc.errors()}
        return {"errors": sorted(paths)}
