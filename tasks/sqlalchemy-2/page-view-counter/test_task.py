from solution import PageViews


def test_hits_are_counted():
    views = PageViews()
    views.hit("docs/install")
    views.hit("/docs/install/", times=2)
    views.hit("faq")
    views.hit("blog/2024", times=5)
    assert views.top() == [("/blog/2024", 5), ("/docs/install", 3), ("/faq", 1)]
    assert views.top(limit=1) == [("/blog/2024", 5)]


def test_counts_persist_in_a_file(tmp_path):
    url = "sqlite:///" + str(tmp_path / "views.db")
    first = PageViews(url)
    first.hit("about", times=4)
    first.engine.dispose()
    second = PageViews(url)
    second.hit("about")
    assert second.top() == [("/about", 5)]
