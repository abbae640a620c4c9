"""Character progression for a turn-based RPG; every change yields a new character snapshot."""
from typing import Tuple

from pydantic import BaseModel

XP_PER_LEVEL = 100


class Character(BaseModel):
    name: str
    level: int = 1
    xp: int = 0
    max_hp: int = 20
    hp: int = 20
    skills: Tuple[str, ...] = ()


def gain_xp(hero: Character, amount: int) -> Character:
    """Add experience; each full 100 xp is a level that raises max hp by 5 and heals fully."""
    xp = hero.xp + amount
    levels, xp = divmod(xp, XP_PER_LEVEL)
    if not levels:
        return hero.copy(update={"xp": xp})
    max_hp = hero.max_hp + 5 * levels
    return hero.copy(update={"level": hero.level + levels, "xp": xp, "max_hp": max_hp, "hp": max_hp})


def take_damage(hero: Character, damage: int) -> Character:
    return hero.copy(update={"hp": max(0, hero.hp - damage)})


def learn(hero: Character, skill: str) -> Character:
    if skill in hero.skills:
        return hero
    return hero.copy(update={"skills": hero.skills + (skill,)})
