"""Export address-book contacts in the CSV dialect Outlook imports (UTF-8 with BOM, CRLF)."""
import io

import pandas as pd

OUTLOOK_HEADERS = {
    "first": "First Name",
    "last": "Last Name",
    "email": "E-mail Address",
    "phone": "Mobile Phone",
}


def export_contacts(contacts):
    """Return the file content as bytes; contacts without e-mail or with a repeated one are skipped."""
    frame = pd.DataFrame(contacts, columns=list(OUTLOOK_HEADERS))
    frame["email"] = frame["email"].str.strip().str.lower()
    frame = frame.dropna(subset=["email"]).drop_duplicates(subset="email")
    frame = frame.rename(columns=OUTLOOK_HEADERS)
    buffer = io.BytesIO()
    frame.to_csv(buffer, index=False, encoding="utf-8-sig", line_terminator="\r\n")
    return buffer.getvalue()
