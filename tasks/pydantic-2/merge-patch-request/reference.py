"""PATCH handler for a task tracker: only the fields the client sent are changed."""
from typing import Dict, List, Optional

from pydantic import BaseModel


class TaskPatch(BaseModel):
    title: Optional[str] = None
    assignee: Optional[str] = None
    done: Optional[bool] = None
    labels: Optional[List[str]] = None


def apply_patch(record: Dict[str, object], body: dict) -> Dict[str, object]:
    """Return the updated record; an explicit null clears a field, omitted fields stay."""
    patch = TaskPatch(**body)
    changes = patch.model_dump(exclude_unset=True)
    updated = dict(record)
    updated.update(changes)
    updated["revision"] = int(record.get("revision", 0)) + 1
    return updated
