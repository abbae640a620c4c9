from solution import annotate


def test_annotations():
    lines = [
        "GET /api/items 503 120",
        "",
        "post /api/items 503 80",
        "DELETE /api/items/4 504 2400",
        "GET /health 200 3",
        "PATCH /api/items/4 502 10",
    ]
    rows = list(annotate(lines))
    assert [r["retried"] for r in rows] == [True, False, True, False, False]
    assert [r["slow"] for r in rows] == [False, False, True, False, False]
    assert rows[1] == {"method": "POST", "path": "/api/items", "status": 503, "slow": False, "retried": False}


def test_lazy_and_empty():
    gen = annotate(iter(["TRACE / 502 5"]))
    assert next(gen)["retried"] is True
    assert list(annotate([])) == []
