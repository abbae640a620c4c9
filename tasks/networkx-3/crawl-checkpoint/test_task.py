import pickle

import networkx as nx

from solution import Crawler

SITE = {
    "/": ["/about", "/blog"],
    "/about": ["/"],
    "/blog": ["/blog/1", "/blog/2", "/"],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/about"],
}


def _fetch(url):
    return SITE.get(url, [])


def test_budget_limits_visits_and_checkpoint_is_written():
    crawler = Crawler(_fetch, checkpoint="site.ckpt")
    assert crawler.crawl(["/"], budget=2) == 2
    with open("site.ckpt", "rb") as handle:
        saved = pickle.load(handle)
    assert isinstance(saved, nx.DiGraph)
    assert saved.graph["frontier"] == ["/blog"]
    assert sorted(n for n, v in saved.nodes(data="visited") if v) == ["/", "/about"]


def test_resume_in_a_new_process_and_finish():
    first = Crawler(_fetch, checkpoint="site2.ckpt")
    first.crawl(["/"], budget=3)
    second = Crawler(_fetch, checkpoint="site2.ckpt")
    assert second.resume() == ["/", "/about", "/blog"]
    assert second.crawl([], budget=10) == 2
    assert second.resume() == ["/", "/about", "/blog", "/blog/1", "/blog/2"]
    assert second.graph.number_of_edges() == 8
    assert second.graph.graph["frontier"] == []
