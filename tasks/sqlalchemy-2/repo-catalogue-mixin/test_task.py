from solution import Base, Repo, RepoCatalogue


def _catalogue():
    cat = RepoCatalogue()
    cat.add("acme/rocket", "Rust", 1200)
    cat.add("acme/anvil", "Python", 800)
    cat.add("zed/quill", "Python", 800)
    cat.add("solo/notes")
    return cat


def test_table_name_comes_from_mixin():
    assert Repo.__tablename__ == "repos"
    assert list(Base.metadata.tables) == ["repos"]


def test_top_repos():
    cat = _catalogue()
    assert cat.top(2) == [
        {"full_name": "acme/rocket", "language": "Rust", "stars": 1200},
        {"full_name": "acme/anvil", "language": "Python", "stars": 800},
    ]


def test_top_by_language():
    cat = _catalogue()
    assert [r["full_name"] for r in cat.top(5, language="Python")] == ["acme/anvil", "zed/quill"]
    assert cat.top(5, language="Go") == []
    assert cat.top(10)[-1] == {"full_name": "solo/notes", "language": None, "stars": 0}
