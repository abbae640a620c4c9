from solution import Character, gain_xp, learn, take_damage


def test_progression_returns_new_snapshots():
    start = Character(name="Ayla")
    hurt = take_damage(start, 12)
    leveled = gain_xp(hurt, 250)
    assert isinstance(leveled, Character)
    assert (start.hp, start.level) == (20, 1)
    assert (hurt.hp, hurt.level, hurt.xp) == (8, 1, 0)
    assert (leveled.level, leveled.xp, leveled.max_hp, leveled.hp) == (3, 50, 30, 30)
    assert leveled.name == "Ayla"


def test_partial_xp_keeps_damage():
    hero = take_damage(Character(name="Bram", xp=40), 5)
    after = gain_xp(hero, 59)
    assert (after.level, after.xp, after.hp) == (1, 99, 15)
    assert gain_xp(after, 1).level == 2


def test_damage_floors_at_zero():
    assert take_damage(Character(name="C"), 99).hp == 0


def test_skills_are_unique_and_ordered():
    hero = learn(learn(learn(Character(name="D"), "parry"), "fireball"), "parry")
    assert hero.skills == ("parry", "fireball")
    assert Character(name="D").skills == ()
