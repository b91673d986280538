"""The HTML review opened in a real browser: headless Chromium from the system packages, driven by Playwright.

``.ci/run`` installs Chromium (``apt-get install chromium fonts-noto-cjk``) and the test extra
installs Playwright, which is pointed at that Chromium (``playwright install`` is never run).
Outside CI the tests are skipped when either is missing; in CI (``CI`` set) they fail instead.
"""

from __future__ import annotations

import os
import shutil

import pytest
from typer.testing import CliRunner

from policy_lint.cli import app
from policy_lint.review import review_city
from tests.test_review_output import SCRIPT, TEMPLATE, hostile_city

CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser():
    missing = []
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
        missing.append("playwright (pip install -e '.[test]')")
    executable = _chromium()
    if executable is None:
        missing.append("chromium (apt-get install chromium fonts-noto-cjk)")
    if missing:
        reason = "needs " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(f"{reason}: .ci/run must install it", pytrace=False)
        pytest.skip(reason)
    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


def render_html(city_dir, target) -> None:
    result = CliRunner().invoke(app, ["review", str(city_dir), "--format", "html", "-o", str(target)],
                                catch_exceptions=False)
    assert result.exit_code in (0, 1, 2), result.output
    assert target.is_file()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1000, "height": 1400}, java_script_enabled=True)
    tab = context.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    tab.dialogs = dialogs
    yield tab
    context.close()


def test_the_jincheng_review_shows_every_county_with_its_verdict_and_the_chart(repo_root, tmp_path, page):
    target = tmp_path / "r.html"
    render_html("samples/shanxi/jincheng", target)
    review = review_city(repo_root / "samples/shanxi/jincheng")
    page.goto(target.resolve().as_uri())

    summary = page.locator("table.verdicts tbody tr")
    assert summary.count() == len(review.units)
    for unit in review.units:
        row = page.locator("table.verdicts tbody tr", has_text=unit.name).first
        assert row.is_visible()
        assert row.locator(".badge:not(.plan)").inner_text().strip() == unit.verdict.value
        assert row.locator(".badge.plan").inner_text().strip() == unit.plan_status.value  # beside the verdict
        section = page.locator(f'section.county[data-unit="{unit.name}"]')
        assert section.count() == 1
        assert f"{unit.name} 审核意见" in section.locator("h2").inner_text()
        assert section.locator(".county-head .badge").inner_text().strip() == unit.verdict.value

    chart = page.locator("figure.chart svg")
    assert chart.count() == 1
    box = chart.bounding_box()
    assert box is not None and box["width"] > 100 and box["height"] > 50
    bars = page.locator("figure.chart svg g.bar")
    assert bars.count() == len(review.units)
    drawn = page.locator("figure.chart svg g.bar rect")
    assert drawn.count() >= 1
    first = drawn.first.bounding_box()
    assert first is not None and first["width"] > 0 and first["height"] > 0
    assert "审核结论汇总" in page.inner_text("body")
    assert "附件3" in page.inner_text("body")
    assert page.locator("script").count() == 0


def test_each_countys_work_plan_is_shown_beside_its_verdict_with_its_findings(repo_root, tmp_path, page):
    target = tmp_path / "r.html"
    render_html("samples/shanxi/yuncheng", target)
    review = review_city(repo_root / "samples/shanxi/yuncheng")
    page.goto(target.resolve().as_uri())
    for unit in review.units:
        row = page.locator("table.verdicts tbody tr", has_text=unit.name).first
        badge = row.locator(".badge.plan")
        assert badge.is_visible() and badge.get_attribute("data-plan") == unit.plan_status.name
        section = page.locator(f'section.county[data-unit="{unit.name}"]')
        box = section.locator(".plan-box")
        assert box.count() == (0 if unit.plan_status.name == "not_required" else 1)
        if box.count():
            assert box.is_visible() and box.get_attribute("data-plan") == unit.plan_status.name
            assert box.locator("li.finding").count() == len(unit.plan_findings)
    assert page.locator('section.county[data-unit="新绛县"] .plan-box .badge').inner_text().strip() == "缺失"
    # a plan that needs changes shows its findings in its county's box (大同: 新荣区; 临猗县's bought places
    # count as public, so its plan passes)
    other = tmp_path / "d.html"
    render_html("samples/shanxi/datong", other)
    page.goto(other.resolve().as_uri())
    xinrong = page.locator('section.county[data-unit="新荣区"] .plan-box')
    finding = xinrong.locator("li.finding").first
    assert finding.is_visible() and "PL805" in finding.inner_text() and "新荣区.plan:27:17" in finding.inner_text()
    assert finding.locator("pre.excerpt mark").inner_text().strip() == "80%"  # the plan's own line, highlighted


def test_in_print_each_county_starts_a_new_page_and_table_rows_stay_whole(repo_root, tmp_path, page):
    target = tmp_path / "r.html"
    render_html("samples/shanxi/jincheng", target)
    page.goto(target.resolve().as_uri())
    page.emulate_media(media="print")
    breaks = page.eval_on_selector_all(
        "section.county", "els => els.map(e => getComputedStyle(e).breakBefore)")
    assert breaks and set(breaks) == {"page"}
    rows = page.eval_on_selector_all("tr", "els => els.map(e => getComputedStyle(e).breakInside)")
    assert rows and set(rows) == {"avoid"}
    pdf = page.pdf(format="A4", print_background=True)
    assert pdf.startswith(b"%PDF")


def test_a_county_named_like_a_script_tag_stays_text(tmp_path, page):
    city = hostile_city(tmp_path / "city")
    target = tmp_path / "r.html"
    render_html(city, target)
    page.goto(target.resolve().as_uri())
    assert page.locator("script").count() == 0
    assert page.dialogs == []
    text = page.evaluate("document.body.textContent")
    assert SCRIPT in text
    assert f"{TEMPLATE}号" in text
    section = page.locator("section.county").first
    assert section.get_attribute("data-unit") == SCRIPT
    assert SCRIPT in section.locator("h2").inner_text()
    assert page.locator("figure.chart svg g.bar text").first.text_content() == SCRIPT


# --- the province audit ----------------------------------------------------------------------------------


def render_audit_html(province_dir, target, *extra: str) -> None:
    result = CliRunner().invoke(app, ["audit", str(province_dir), *extra, "--format", "html", "-o", str(target)],
                                catch_exceptions=False)
    assert result.exit_code in (0, 1, 2), result.output
    assert target.is_file()


def test_the_shanxi_audit_shows_every_city_its_status_and_the_share_chart(repo_root, tmp_path, page):
    from policy_lint.audit import audit_province

    target = tmp_path / "a.html"
    render_audit_html("samples/shanxi", target, "--stats", "samples/shanxi/stats-2020.csv")
    audit = audit_province(repo_root / "samples/shanxi", repo_root / "samples/shanxi/stats-2020.csv")
    page.goto(target.resolve().as_uri())

    rows = page.locator("table.cities tbody tr")
    assert rows.count() == len(audit.cities)
    for city in audit.cities:
        row = page.locator(f'table.cities tbody tr[data-city="{city.name}"]')
        assert row.is_visible()
        status = row.locator("td").nth(1).inner_text().strip()
        assert status == ("已报送" if city.submitted else "未报送")
        section = page.locator(f'section.city[data-city="{city.name}"]')
        assert section.count() == 1 and section.locator("h2").inner_text().strip() == city.name
    datong = page.locator('table.cities tbody tr[data-city="大同市"]')
    assert datong.locator("td").nth(2).inner_text().strip() == "2021-07-03"
    assert datong.locator("td").nth(3).inner_text().strip() == "逾期"
    # a county's verdict and findings under its city, open (and so printed) by default
    xinjiang = page.locator('section.city[data-city="运城市"] details.unit[data-unit="新绛县"]')
    assert xinjiang.get_attribute("open") is not None
    assert xinjiang.locator("summary .badge").inner_text().strip() == "修改后通过"
    assert xinjiang.locator("li.finding").first.is_visible()

    chart = page.locator("section.statistics figure.chart svg")
    assert chart.count() == 1
    box = chart.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 100
    bars = page.locator("figure.chart svg g.bar")
    assert bars.count() == len(audit.stats.cities)
    names = [bars.nth(i).get_attribute("data-city") for i in range(bars.count())]
    assert names == [r.name for r in audit.stats.ranking()]
    widths = [bars.nth(i).locator("rect").bounding_box()["width"] for i in range(bars.count())]
    assert all(w > 0 for w in widths) and widths == sorted(widths, reverse=True)
    values = page.locator("figure.chart svg g.values text.value")
    assert [values.nth(i).text_content() for i in range(values.count())] == \
        [f"{r.computed_share()}%" for r in audit.stats.ranking()]
    reference = page.locator("figure.chart svg g.reference.province")
    assert reference.count() == 1 and reference.locator("text").text_content() == "全省 85.04%"
    line = reference.locator("line").bounding_box()
    first = bars.nth(0).locator("rect").bounding_box()
    assert first["x"] < line["x"] < first["x"] + first["width"]  # 85.04% falls inside the 97.60% bar
    body = page.inner_text("body")
    assert "全省公办学校就读比例（重新计算）：85.04%" in body and "无数值目标：规则集只要求提高比例" in body
    problems = page.locator("p.plan-problems")
    assert problems.is_visible()
    assert [problems.locator(".mark").nth(i).get_attribute("data-unit") for i in range(problems.locator(".mark").count())] \
        == ["新荣区", "新绛县"]
    assert page.locator('table.keys tbody tr[data-unit="新绛县"] .badge.plan').inner_text().strip() == "缺失"
    assert page.locator("script").count() == 0


def test_in_print_each_city_starts_a_new_page(repo_root, tmp_path, page):
    target = tmp_path / "a.html"
    render_audit_html("samples/shanxi", target, "--stats", "samples/shanxi/stats-2020.csv")
    page.goto(target.resolve().as_uri())
    page.emulate_media(media="print")
    breaks = page.eval_on_selector_all("section.city", "els => els.map(e => getComputedStyle(e).breakBefore)")
    assert len(breaks) == 11 and set(breaks) == {"page"}
    assert page.pdf(format="A4", print_background=True).startswith(b"%PDF")


def test_a_city_named_like_a_script_tag_stays_text_in_the_audit(tmp_path, page):
    from tests.test_audit_output import hostile_province

    province = hostile_province(tmp_path / "province")
    target = tmp_path / "a.html"
    render_audit_html(province, target, "--stats", str(province / "stats.csv"))
    page.goto(target.resolve().as_uri())
    assert page.locator("script").count() == 0
    assert page.dialogs == []
    text = page.evaluate("document.body.textContent")
    assert SCRIPT in text and f"{TEMPLATE}市" in text
    assert page.locator("section.city").first.get_attribute("data-city") == SCRIPT
    assert page.locator("figure.chart svg g.bar text").first.text_content() == SCRIPT
