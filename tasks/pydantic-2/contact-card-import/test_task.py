from solution import Contact, import_contacts


def test_partial_rows_are_accepted():
    contacts = import_contacts(
        [
            {"full_name": "Rosa Diaz", "phone": "+34 600 11 22 33"},
            {"full_name": "Ken Ito", "email": "ken@ito.jp", "company": "Ito KK"},
            {"full_name": "Ghost"},
        ]
    )
    assert [c.full_name for c in contacts] == ["Rosa Diaz", "Ken Ito"]
    assert contacts[0].phone == "+34600112233"
    assert contacts[0].email is None
    assert contacts[0].company is None
    assert contacts[1].phone is None
    assert contacts[1].company == "Ito KK"


def test_explicit_none_values():
    contacts = import_contacts([{"full_name": "A", "phone": None, "email": "a@b.c", "company": None}])
    assert len(contacts) == 1
    assert isinstance(contacts[0], Contact)


def test_contact_defaults():
    contact = Contact(full_name="Solo")
    assert (contact.phone, contact.email, contact.company) == (None, None, None)
