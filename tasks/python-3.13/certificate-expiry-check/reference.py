from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass
class CertificateInfo:
    subject: str
    not_after: int  # epoch seconds

    def expiry_hour(self):
        """The UTC hour at which the certificate expires, for the rotation schedule."""
        return datetime.fromtimestamp(self.not_after, tz=timezone.utc).hour

    def expires_in_year(self, year):
        return datetime.fromtimestamp(self.not_after, tz=timezone.utc).year == year
