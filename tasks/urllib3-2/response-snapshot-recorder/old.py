"""Record upstream responses as JSON snapshots for contract tests."""
import json

REDACT = {"authorization", "set-cookie", "x-api-key"}


class SnapshotRecorder:
    def __init__(self):
        self.entries = []

    def record(self, name, response):
        """Store ``response`` (an urllib3 HTTPResponse, body already loaded) under ``name``."""
        headers = []
        for key, value in response.getheaders().items():
            headers.append([key.lower(), "<redacted>" if key.lower() in REDACT else value])
        body = response.data.decode("utf-8", errors="replace")
        self.entries.append({"name": name, "status": response.status, "headers": sorted(headers), "body": body})
        return self.entries[-1]

    def dumps(self):
        return json.dumps(self.entries, indent=2, sort_keys=True)
