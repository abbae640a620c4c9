"""Warehouse endpoint that receives a JSON array of stock adjustments in one request."""
import json
from collections import defaultdict
from typing import Dict, List

from pydantic import BaseModel, Field


class Adjustment(BaseModel):
    sku: str
    delta: int
    reason: str = Field("recount", max_length=40)


class AdjustmentBatch(BaseModel):
    __root__: List[Adjustment]


def apply_batch(stock: Dict[str, int], body: bytes) -> Dict[str, int]:
    """Validate the whole request body first, then apply it; stock never goes below zero."""
    batch = AdjustmentBatch(__root__=json.loads(body))
    changes = defaultdict(int)
    for adjustment in batch.__root__:
        changes[adjustment.sku] += adjustment.delta
    result = dict(stock)
    for sku, delta in changes.items():
        new_level = result.get(sku, 0) + delta
        if new_level < 0:
            raise ValueError(f"{sku} would go negative")
        result[sku] = new_level
    return result
