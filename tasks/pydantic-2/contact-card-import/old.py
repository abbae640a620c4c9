"""Import contacts exported by a phone as a list of dicts."""
from typing import List, Optional

from pydantic import BaseModel


class Contact(BaseModel):
    full_name: str
    phone: Optional[str]
    email: Optional[str]
    company: Optional[str]


def import_contacts(rows: List[dict]) -> List[Contact]:
    """Keep contacts that can be reached somehow; strip spaces from phone numbers."""
    contacts = []
    for row in rows:
        contact = Contact(**row)
        if contact.phone is None and contact.email is None:
            continue
        if contact.phone is not None:
            contact.phone = contact.phone.replace(" ", "")
        contacts.append(contact)
    return contacts
