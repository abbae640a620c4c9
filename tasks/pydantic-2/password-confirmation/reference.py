"""Account creation: the password must be typed twice and differ from the username."""
import hashlib

from pydantic import BaseModel, ValidationInfo, field_validator


class NewAccount(BaseModel):
    username: str
    password: str
    password_repeat: str

    @field_validator("password")
    @classmethod
    def not_the_username(cls, value, info: ValidationInfo):
        values = info.data
        if len(value) < 8:
            raise ValueError("password needs at least 8 characters")
        if "username" in values and values["username"].lower() in value.lower():
            raise ValueError("password must not contain the username")
        return value

    @field_validator("password_repeat")
    @classmethod
    def repeated_correctly(cls, value, info: ValidationInfo):
        values = info.data
        if "password" in values and value != values["password"]:
            raise ValueError("passwords do not match")
        return value


def create_account(form: dict) -> dict:
    account = NewAccount(**form)
    digest = hashlib.sha256(account.password.encode()).hexdigest()
    return {"username": account.username, "password_sha256": digest}
