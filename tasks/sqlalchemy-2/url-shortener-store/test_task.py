import pytest
from sqlalchemy import create_engine

from solution import hit_count, install, resolve, shorten


@pytest.fixture
def engine():
    eng = create_engine("sqlite://")
    install(eng)
    return eng


def test_resolve_counts_hits(engine):
    assert shorten(engine, "docs", "https://example.org/docs/index.html") == "docs"
    shorten(engine, "blog", "http://example.org/blog")
    assert resolve(engine, "docs") == "https://example.org/docs/index.html"
    assert resolve(engine, "docs") == "https://example.org/docs/index.html"
    assert resolve(engine, "blog") == "http://example.org/blog"
    assert hit_count(engine, "docs") == 2
    assert hit_count(engine, "blog") == 1


def test_unknown_code(engine):
    assert resolve(engine, "nope") is None
    assert hit_count(engine, "nope") is None


def test_rejects_non_web_targets(engine):
    with pytest.raises(ValueError):
        shorten(engine, "bad", "ftp://example.org/file")
    assert resolve(engine, "bad") is None


def test_counts_are_persisted(tmp_path):
    url = "sqlite:///" + str(tmp_path / "links.db")
    eng = create_engine(url)
    install(eng)
    shorten(eng, "x1", "https://example.com/")
    resolve(eng, "x1")
    eng.dispose()
    assert hit_count(create_engine(url), "x1") == 1
