"""Shipping addresses: the postcode format depends on the destination country."""
import re

from pydantic import BaseModel, root_validator

POSTCODE_FORMATS = {
    "DE": r"\d{5}",
    "NL": r"\d{4}[A-Z]{2}",
    "US": r"\d{5}(-\d{4})?",
}


class ShippingAddress(BaseModel):
    name: str
    street: str
    city: str
    country: str
    postcode: str

    @root_validator
    def postcode_matches_country(cls, values):
        country = values.get("country", "").upper()
        postcode = values.get("postcode", "").replace(" ", "").upper()
        pattern = POSTCODE_FORMATS.get(country)
        if pattern is None:
            raise ValueError(f"we do not ship to {country}")
        if not re.fullmatch(pattern, postcode):
            raise ValueError(f"invalid postcode for {country}")
        values["country"] = country
        values["postcode"] = postcode
        return values

    def label(self) -> str:
        return f"{self.name}\n{self.street}\n{self.postcode} {self.city}\n{self.country}"
