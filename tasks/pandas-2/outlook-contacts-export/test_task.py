import codecs

from solution import export_contacts

CONTACTS = [
    {"first": "Zoë", "last": "Brandt", "email": " Zoe@Example.com ", "phone": "+49 170 1234567"},
    {"first": "Li", "last": "Wei", "email": None, "phone": "123"},
    {"first": "Zoe", "last": "B.", "email": "zoe@example.com"},
    {"first": "Omar", "last": "Haddad, Jr.", "email": "omar@example.org"},
]


def test_bom_crlf_and_outlook_headers():
    data = export_contacts(CONTACTS)
    assert data.startswith(codecs.BOM_UTF8)
    text = data[len(codecs.BOM_UTF8):].decode("utf-8")
    assert text.split("\r\n") == [
        "First Name,Last Name,E-mail Address,Mobile Phone",
        "Zoë,Brandt,zoe@example.com,+49 170 1234567",
        'Omar,"Haddad, Jr.",omar@example.org,',
        "",
    ]
    assert b"\r\n" in data and data.count(b"\n") == data.count(b"\r\n")


def test_no_contacts_gives_header_only():
    assert export_contacts([]) == codecs.BOM_UTF8 + b"First Name,Last Name,E-mail Address,Mobile Phone\r\n"
