import pandas as pd


class SettlementFile:
    """Settlement batch for the bank's mainframe gateway.

    Pipe-separated records, each ended by ``newline``, framed by a header record and a trailer
    carrying the record count and the amount checksum.
    """

    def __init__(self, bank_code, newline="\r\n"):
        self.bank_code = bank_code
        self.newline = newline

    def render(self, payments, business_date):
        frame = pd.DataFrame(payments, columns=["reference", "iban", "amount"])
        if frame.empty:
            raise ValueError("a settlement batch needs at least one payment")
        if (frame["amount"] <= 0).any():
            raise ValueError("amounts must be positive")
        total = round(float(frame["amount"].sum()), 2)
        frame["iban"] = frame["iban"].str.replace(" ", "", regex=False).str.upper()
        frame["amount"] = frame["amount"].map("{:.2f}".format)
        header = f"HDR|{self.bank_code}|{pd.Timestamp(business_date):%Y%m%d}{self.newline}"
        body = frame.to_csv(sep="|", index=False, header=False, lineterminator=self.newline)
        trailer = f"TRL|{len(frame)}|{total:.2f}{self.newline}"
        return header + body + trailer
