"""Garden planner: beds are drawn as polygons; we need their area and edging length."""
import math
from typing import List, Tuple

from pydantic import BaseModel


class Outline(BaseModel):
    __root__: List[Tuple[float, float]]

    def perimeter(self) -> float:
        points = self.__root__
        return sum(math.dist(points[i], points[(i + 1) % len(points)]) for i in range(len(points)))

    def area(self) -> float:
        points = self.__root__
        twice = sum(
            x1 * y2 - x2 * y1
            for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1])
        )
        return abs(twice) / 2


def plan_bed(vertices: list, edging_price_per_m: float) -> dict:
    """``vertices`` is the list of [x, y] pairs (metres) saved by the drawing widget."""
    outline = Outline.parse_obj(vertices)
    if len(outline.__root__) < 3:
        raise ValueError("a bed needs at least three corners")
    return {
        "area_m2": round(outline.area(), 2),
        "edging_m": round(outline.perimeter(), 2),
        "edging_cost": round(outline.perimeter() * edging_price_per_m, 2),
    }
