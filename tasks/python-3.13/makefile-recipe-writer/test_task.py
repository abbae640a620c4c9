from solution import copy_recipe


def test_recipe():
    assert copy_recipe("build out", ["a.txt", "my notes.md"]) == "\tcp a.txt 'my notes.md' 'build out'/"


def test_safe_names_stay_bare():
    assert copy_recipe("dist", ["x.py"]) == "\tcp x.py dist/"
