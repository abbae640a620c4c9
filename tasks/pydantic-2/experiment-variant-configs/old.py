"""Derive A/B test variant configurations from one base experiment definition."""
from typing import Dict, List

from pydantic import BaseModel


class Layout(BaseModel):
    hero_image: str = "default.jpg"
    button_color: str = "blue"
    sections: List[str] = ["features", "pricing", "faq"]


class Experiment(BaseModel):
    key: str
    traffic_share: float = 0.5
    layout: Layout = Layout()


def build_variants(base: Experiment, changes: Dict[str, dict]) -> Dict[str, Experiment]:
    """One variant per entry of ``changes`` (variant name -> layout fields to override);
    the control is the base itself. Variants never share state with the base."""
    variants = {"control": base}
    share = round(1 / (len(changes) + 1), 4)
    for name, layout_changes in sorted(changes.items()):
        variant = base.copy(update={"key": f"{base.key}/{name}", "traffic_share": share}, deep=True)
        for field, value in layout_changes.items():
            setattr(variant.layout, field, value)
        variants[name] = variant
    return variants
