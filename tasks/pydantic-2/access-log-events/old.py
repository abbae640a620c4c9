"""Parse web-server access log lines into events for the analytics pipeline."""
from typing import List, Optional

from pydantic import BaseModel


class AccessEvent(BaseModel):
    method: str
    path: str
    status: int
    user_id: Optional[int]
    referrer: Optional[str]


def parse_log(lines: List[str]) -> List[AccessEvent]:
    """Lines look like 'GET /cart 200 user=42 ref=/home'; user and ref parts are optional."""
    events = []
    for line in lines:
        if not line.strip():
            continue
        method, path, status, *extra = line.split()
        fields = {"method": method, "path": path, "status": status}
        for part in extra:
            key, _, value = part.partition("=")
            if key == "user":
                fields["user_id"] = value
            elif key == "ref":
                fields["referrer"] = value
        events.append(AccessEvent(**fields))
    return events
