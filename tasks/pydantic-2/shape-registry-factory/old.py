"""Geometry shapes described as dicts with a 'kind' key, built through a registry."""
import math
from typing import Dict, Type

from pydantic import BaseModel

REGISTRY: Dict[str, Type[BaseModel]] = {}


def register(kind: str):
    def decorator(cls):
        REGISTRY[kind] = cls
        return cls

    return decorator


@register("circle")
class Circle(BaseModel):
    radius: float

    def area(self) -> float:
        return math.pi * self.radius**2


@register("rect")
class Rectangle(BaseModel):
    width: float
    height: float

    def area(self) -> float:
        return self.width * self.height


def build_shape(spec: dict) -> BaseModel:
    spec = dict(spec)
    cls = REGISTRY[spec.pop("kind")]
    return cls.parse_obj(spec)
