from dataclasses import dataclass
from datetime import datetime


@dataclass
class CertificateInfo:
    subject: str
    not_after: int  # epoch seconds

    def expiry_hour(self):
        """The UTC hour at which the certificate expires, for the rotation schedule."""
        return datetime.utcfromtimestamp(self.not_after).hour

    def expires_in_year(self, year):
        return datetime.utcfromtimestamp(self.not_after).year == year
