"""Decode job messages pulled from a work queue (JSON bodies)."""
import json
from datetime import datetime
from typing import List, Tuple

from pydantic import BaseModel, ValidationError


class ResizeJob(BaseModel):
    job_id: str
    image_url: str
    width: int
    height: int
    enqueued_at: datetime


def decode_messages(bodies: List[bytes]) -> Tuple[List[ResizeJob], int]:
    """Decoded jobs ordered by enqueue time, and how many messages went to the dead-letter queue."""
    jobs, dead = [], 0
    for body in bodies:
        try:
            data = json.loads(body)
            jobs.append(ResizeJob.model_validate(data))
        except (ValueError, ValidationError):
            dead += 1
    jobs.sort(key=lambda job: job.enqueued_at)
    return jobs, dead
