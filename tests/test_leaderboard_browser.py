"""The HTML leaderboard in a real headless browser (Chromium through Selenium): every run is on
the page, no two plot labels overlap as the browser lays them out, tables sort and keep their
solver column in view. Skips with the reason where no browser is installed, unless
BENCH_REQUIRE_BROWSER=1 (set by CI) turns that into a failure."""

from __future__ import annotations

import os
import shutil
import struct

import pytest

from leaderboard.html import render_html
from leaderboard.render import collect_runs
from tests.test_leaderboard import make_run

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
DRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser():
    why = None
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        why = "selenium is not installed (pip install -e '.[test]')"
    if why is None and not (CHROMIUM and DRIVER):
        why = "no Chromium and chromedriver here (apt-get install -y chromium chromium-driver)"
    if why:
        if os.environ.get("BENCH_REQUIRE_BROWSER") == "1":
            pytest.fail(f"BENCH_REQUIRE_BROWSER=1 but {why}")
        pytest.skip(why)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


FORGETTING = {"humaneval_delta": {"mean": -0.02, "ci_low": -0.06, "ci_high": 0.01, "n": 164}}


def crowded_runs(root):
    """Twelve runs of one family crowded near fix@1 0 and locality 15-20 (as model runs are), two
    that changed weights, and the bounds."""
    ids = []
    for i in range(12):
        run_id = f"r{i:02d}"
        make_run(root, run_id, "prompt", "fam", 1, 0.0 if i % 3 else 0.01, f"2026-01-{i + 1:02d}",
                 options={"strategy": f"s{i}"}, forgetting=FORGETTING if i < 2 else None)
        ids.append(run_id)
    make_run(root, "ref", "reference", "fam", 1, 1.0, "2026-02-01")
    make_run(root, "noop", "noop", "fam", 1, 0.0, "2026-02-02")
    return ids + ["ref", "noop"]


def test_html_leaderboard_in_a_browser(browser, tmp_path):
    ids = crowded_runs(tmp_path / "runs")
    # Every run keeps locality from make_run (100%); crowd them as real model runs are.
    rows = [r.__class__(**{**r.__dict__, "locality": {"mean": 0.15 + 0.005 * n, "ci_low": 0, "ci_high": 1, "n": 5}})
            if r.solver.startswith("prompt") else r for n, r in enumerate(collect_runs([tmp_path / "runs"]))]
    page = tmp_path / "lb.html"
    render_html(rows, page)
    browser.get(page.as_uri())

    # Every run is a point of the fix@1-locality plot; only the two weight-changing runs are on the
    # forgetting plot.
    plots = browser.execute_script(
        "return Array.from(document.querySelectorAll('svg')).map(s => "
        "Array.from(s.querySelectorAll('circle')).map(c => c.dataset.run));")
    assert len(plots) == 2 and sorted(plots[0]) == sorted(ids) and sorted(plots[1]) == ["r00", "r01"]

    # No label overlaps another label or another run's point, measured as the browser laid them out.
    boxes = browser.execute_script("""
        return Array.from(document.querySelectorAll('svg')).map(s => ({
          labels: Array.from(s.querySelectorAll('text.label')).map(t => {
            const b = t.getBoundingClientRect(); return [t.dataset.run, b.left, b.top, b.right, b.bottom]; }),
          points: Array.from(s.querySelectorAll('circle')).map(c => {
            const b = c.getBoundingClientRect(); return [c.dataset.run, b.left, b.top, b.right, b.bottom]; })}));""")

    def overlap(a, b) -> bool:
        return a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]

    for plot in boxes:
        labels = plot["labels"]
        assert len(labels) >= len(plot["points"]) // 2  # crowded, yet most points keep a visible label
        clashes = [(a[0], b[0]) for i, a in enumerate(labels) for b in labels[i + 1:] if overlap(a, b)]
        assert clashes == []
        covered = [(a[0], p[0]) for a in labels for p in plot["points"] if a[0] != p[0] and overlap(a, p)]
        assert covered == []

    # Hover text names the run.
    titles = browser.execute_script("return Array.from(document.querySelectorAll('svg circle title'))"
                                    ".map(t => t.textContent);")
    assert any("ref" in t and "fix@1 100.0%" in t for t in titles)

    # The solver column stays in view while a wide table scrolls.
    position = browser.execute_script(
        "return getComputedStyle(document.querySelector('table.sortable tbody td')).position;")
    assert position == "sticky"

    # Sorting by a column: fix@1 ascending, then descending.
    headers = browser.find_elements("css selector", "table.sortable")[0].find_elements("css selector", "th")
    fix = next(h for h in headers if h.text.startswith("fix@1"))
    column = [h.text for h in headers].index(fix.text)

    def fix_column() -> list[float]:
        cells = browser.execute_script(
            f"return Array.from(document.querySelector('table.sortable').tBodies[0].rows)"
            f".map(r => r.cells[{column}].textContent);")
        return [float(c.split()[0]) for c in cells]

    fix.click()
    assert fix_column() == sorted(fix_column()) and fix_column()[0] == 0.0
    fix.click()
    assert fix_column() == sorted(fix_column(), reverse=True) and fix_column()[0] == 100.0

    # A screenshot of the page is a real image of it, not a blank one.
    png = browser.get_screenshot_as_png()
    width, height = struct.unpack(">II", png[16:24])
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and (width, height) == (1400, 1000) or width >= 1000
    (tmp_path / "lb.png").write_bytes(png)
    from PIL import Image

    colours = Image.open(tmp_path / "lb.png").convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50
