"""``journeyctl site``: the static site of a portfolio, built for real.

A small portfolio in five languages (English, Russian, Greek, Thai and
Arabic; one map with a service blueprint, one that does not load, one
outside the git repository) in a git repository of three commits is built
through the command line. Then: every link and picture of every page
resolves to a file of the site (and an anchor in it); nothing is fetched
from elsewhere; every page loads in Chromium with no console error; the
search box finds a step by a word of its action; the index lists every map
and the barrier board every barrier; a second build gives the same bytes;
a folder that is not a site is refused; two maps with the same id stop the
build. Graphviz and git are the real ones.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from journeyctl.load import load

from chromium import Browser, find_chromium
from conftest import _command

TODAY = "2026-11-01"

ENGLISH = """\
journeyctl: 1
id: onboarding
title: Opening an account online
locale: en
updated: 2026-10-20
owner: Growth team
goal: Open an account in one sitting
persona:
  name: Pat Jones
  role: Freelance designer
  goals: [Get paid by clients abroad]
touchpoints:
  - {id: web, name: Website, channel: web, owner: Web team}
  - {id: welcome-email, name: Welcome email, channel: email, owner: CRM team}
stages:
  - id: sign-up
    name: Sign up
    steps:
      - id: enter-voucher
        action: Enters the voucher code from the flyer
        touchpoints: [web]
        emotion: 1
        frontstage: [The form checks the code]
        backstage: [The voucher service validates it]
      - id: verify-id
        action: Uploads a photo of the passport
        touchpoints: [web]
        emotion: -2
        journey: vozvrat
        barriers:
          - {id: blurry-photo, text: The photo is rejected as blurry without saying why, severity: critical}
          - {id: slow-check, text: The check takes two days, severity: medium}
  - id: start
    name: Start
    steps:
      - id: read-welcome
        action: Reads the welcome email
        touchpoints: [welcome-email]
        emotion: 1
    opportunities:
      - {id: explain-rejection, text: Say what is wrong with the photo, addresses: [blurry-photo], owner: Web team, priority: high}
"""

RUSSIAN = """\
journeyctl: 1
id: vozvrat
title: Возврат товара в магазин
locale: ru
updated: 2025-01-10
owner: Отдел клиентского опыта
persona:
  name: Анна Смирнова
  role: Бухгалтер
touchpoints:
  - {id: store, name: Магазин, channel: store, owner: Розница}
  - {id: web, name: Сайт, channel: web, owner: Web team}
stages:
  - id: prichina
    name: Причина
    steps:
      - id: nahodit-brak
        action: Находит брак в упаковке
        emotion: -1
        touchpoints: [web]
      - id: prinosit
        action: Приносит товар в магазин с чеком
        emotion: -2
        touchpoints: [store]
        barriers:
          - {id: ochered, text: Очередь у кассы возврата 40 минут, severity: high}
"""

GREEK = """\
journeyctl: 1
id: paraggelia
title: Παραγγελία τροφίμων με κωδικό έκπτωσης
locale: el
state: future
improves: onboarding
updated: 2026-09-01
owner: Ομάδα προϊόντος
persona:
  name: Ελένη Παπαδοπούλου
touchpoints:
  - {id: app, name: Εφαρμογή, channel: mobile-app, owner: Ομάδα προϊόντος}
stages:
  - id: agora
    name: Αγορά
    steps:
      - id: kodikos
        action: Εισάγει τον κωδικό έκπτωσης στο καλάθι
        emotion: 2
        touchpoints: [app]
      - id: pliromi
        action: Πληρώνει με κάρτα
        emotion: 0
        touchpoints: [app]
        barriers:
          - {id: apotyxia, text: Η πληρωμή αποτυγχάνει χωρίς εξήγηση, severity: low}
"""

THAI = """\
journeyctl: 1
id: thai-phone
title: การเลือกระบบโทรศัพท์สำหรับธุรกิจ
locale: th
updated: 2026-08-30
owner: ทีมประสบการณ์ลูกค้า
persona:
  name: กมลวรรณ ศรีสุข
touchpoints:
  - {id: call-center, name: ศูนย์บริการลูกค้า, channel: phone, owner: ทีมประสบการณ์ลูกค้า}
stages:
  - id: khon-ha
    name: ค้นหา
    steps:
      - id: thok
        action: โทรสอบถามราคาแพ็กเกจ
        emotion: 0
        touchpoints: [call-center]
        barriers:
          - {id: ro-nan, text: รอสายนานกว่า 15 นาที, severity: high}
"""

ARABIC = """\
journeyctl: 1
id: bank-account-ar
title: فتح حساب مصرفي عبر التطبيق
locale: ar
updated: 2026-10-02
owner: فريق الخدمات الرقمية
persona:
  name: مريم الحسن
  role: صاحبة متجر صغير
touchpoints:
  - {id: bank-app, name: تطبيق البنك, channel: mobile-app, owner: فريق الخدمات الرقمية}
stages:
  - id: tasjil
    name: التسجيل
    steps:
      - id: idkhal
        action: تدخل رقم الهوية وتاريخ 2026-10-02
        emotion: 1
        touchpoints: [bank-app]
      - id: tahaqquq
        action: تنتظر رمز التحقق عبر الرسائل
        emotion: -2
        touchpoints: [bank-app]
        barriers:
          - {id: ramz, text: لا يصل رمز التحقق قبل انتهاء صلاحيته بعد 60 ثانية, severity: critical}
"""

BROKEN = """\
journeyctl: 1
title: A map with a mistake
persona: {name: Sam}
stages:
  - id: one
    name: One
    colour: red
    steps: [{id: a, action: Does a thing}]
"""


def git(folder: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org",
           "GIT_AUTHOR_DATE": "2026-10-01T12:00:00Z", "GIT_COMMITTER_DATE": "2026-10-01T12:00:00Z",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True, env=env)


def site(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if key != "SOURCE_DATE_EPOCH"}
    environment.update({"NO_COLOR": "1", **(env or {})})
    return subprocess.run([*_command(), "site", *args], cwd=cwd, capture_output=True, text=True,
                          env=environment, timeout=120)


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory) -> Path:
    """repo/maps: five maps in three commits and one broken, uncommitted;
    outside/: one map that is in no repository."""
    root = tmp_path_factory.mktemp("portfolio")
    repo = root / "repo"
    maps = repo / "maps"
    maps.mkdir(parents=True)
    (maps / "en-onboarding.yaml").write_text(ENGLISH.replace("emotion: -2\n        journey", "emotion: -1\n        journey"),
                                             encoding="utf-8")
    (maps / "ru-vozvrat.yaml").write_text(RUSSIAN, encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "English and Russian maps")
    for name, text in (("el-paraggelia.yaml", GREEK), ("th-phone.yaml", THAI)):
        (maps / name).write_text(text, encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "Greek and Thai maps")
    (maps / "en-onboarding.yaml").write_text(ENGLISH, encoding="utf-8")
    git(repo, "commit", "-q", "-am", "The passport check is worse than we thought")
    (maps / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    (maps / "README.yaml").write_text("not: a map\n", encoding="utf-8")  # skipped, as lint skips it
    outside = root / "outside"
    outside.mkdir()
    (outside / "ar-bank.yaml").write_text(ARABIC, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def built(portfolio) -> tuple[Path, subprocess.CompletedProcess]:
    proc = site("repo/maps", "outside", "-o", "public", "--today", TODAY, "--jobs", "2", cwd=portfolio)
    return portfolio / "public", proc


def _pages(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.html"))


class _Refs(HTMLParser):
    """Every href and src of a page, and every id in it."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src", "xlink:href") and value is not None:
                self.refs.append((tag, name, value))
            if name == "id" and value:
                self.ids.add(value)


def _parse(path: Path) -> _Refs:
    parser = _Refs()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# -- the command ----------------------------------------------------------------


def test_the_site_is_built_and_a_broken_map_is_exit_1(built):
    folder, proc = built
    assert proc.returncode == 1, proc.stderr
    assert "broken.yaml" in proc.stderr and "colour" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert (folder / "index.html").is_file() and (folder / ".journeyctl-site").is_file()
    assert "public/index.html (5 maps; 1 could not be read" in proc.stdout


def test_the_index_lists_every_map_and_the_broken_one(built):
    folder, _ = built
    index = (folder / "index.html").read_text(encoding="utf-8")
    for text in (ENGLISH, RUSSIAN, GREEK, THAI, ARABIC):
        title = re.search(r"(?m)^title: (.+)$", text).group(1)
        map_id = re.search(r"(?m)^id: (.+)$", text).group(1)
        assert title in index
        assert f'href="maps/{map_id}/index.html"' in index
        assert (folder / "maps" / map_id / "map.html").is_file() and (folder / "maps" / map_id / "flow.svg").is_file()
    assert "repo/maps/broken.yaml" in index and "unknown key" in index
    assert "README.yaml" not in index
    assert (folder / "maps" / "onboarding" / "blueprint.html").is_file()
    assert not (folder / "maps" / "vozvrat" / "blueprint.html").exists()
    # Stale: the Russian map was last checked in January 2025 (J204's 180 days).
    row = re.search(r'<tr id="map-vozvrat">.*?</tr>', index, re.S).group(0)
    assert "stale" in row and ">660<" in row.replace(" ", "")
    assert re.search(r"Warnings: [1-9]", row) and 'href="maps/vozvrat/index.html#lint"' in row
    findings = (folder / "maps" / "vozvrat" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<code>J204</code>.*?660 days ago", findings[findings.index('id="lint"'):], re.S)


def test_each_map_page_shows_what_lint_says_of_it(built, portfolio):
    """The findings of journeyctl lint on the same paths and day, the
    portfolio's rules (J6xx) included, each on its map's page."""
    import json

    folder, proc = built
    lint = subprocess.run([*_command(), "lint", "repo/maps", "outside", "--today", TODAY, "--format", "json"],
                          cwd=portfolio, capture_output=True, text=True, timeout=60)
    report = json.loads(lint.stdout)
    assert f"{report['summary']['warnings']} warnings" in proc.stdout
    assert any(f["code"].startswith("J6") for f in report["findings"])  # web: Website here, Сайт there
    pages = {load(portfolio / f["file"]).journey.id: f["file"] for f in report["findings"]
             if not f["file"].endswith("broken.yaml")}
    for map_id, file in pages.items():
        page = (folder / "maps" / map_id / "index.html").read_text(encoding="utf-8")
        shown = re.findall(r"<td><code>(J\d+)</code></td>", page[page.index('id="lint"'):])
        assert sorted(shown) == sorted(f["code"] for f in report["findings"] if f["file"] == file), map_id


def test_every_link_and_picture_resolves_inside_the_site(built):
    assert _links_resolve(built[0]) > 300


def _links_resolve(folder: Path) -> int:
    """Every href and src of every page names a file of the site (and an
    anchor in it); the number of links checked."""
    checked = 0
    ids = {}
    for page in _pages(folder):
        refs = _parse(page)
        ids[page] = refs.ids
        for tag, attribute, value in refs.refs:
            parts = urlsplit(value)
            if parts.scheme in ("http", "https", "mailto"):
                assert tag == "a" and attribute == "href", f"{page}: {tag} {attribute}={value} fetches from elsewhere"
                continue
            assert not parts.scheme and not value.startswith("/"), f"{page}: {value} is not relative"
            if not parts.path:
                continue  # #anchor in the page
            target = (page.parent / unquote(parts.path)).resolve()
            assert target.is_file(), f"{page.relative_to(folder)}: {value} -> no such file"
            assert folder.resolve() in target.parents
            if parts.fragment and target.suffix == ".html":
                ids.setdefault(target, _parse(target).ids)
                assert parts.fragment in ids[target], f"{page.relative_to(folder)}: {value}: no such anchor"
            checked += 1
    return checked


def test_nothing_is_fetched_from_elsewhere(built):
    folder, _ = built
    for path in folder.rglob("*"):
        if path.suffix in (".html", ".css", ".js", ".svg"):
            text = path.read_text(encoding="utf-8")
            assert not re.search(r"""(?:src|srcset)\s*=\s*["']?\s*(?:https?:)?//""", text, re.I), path
            assert not re.search(r"""<link[^>]+href\s*=\s*["']?\s*(?:https?:)?//""", text, re.I), path
            assert not re.search(r"url\(\s*['\"]?\s*(?:https?:)?//", text, re.I), path
            assert "@import" not in text and "fetch(" not in text and "XMLHttpRequest" not in text, path


def test_the_barrier_board_has_every_barrier(built, portfolio):
    folder, _ = built
    board = (folder / "barriers.html").read_text(encoding="utf-8")
    expected = set()
    for path in [*(portfolio / "repo" / "maps").glob("*.yaml"), portfolio / "outside" / "ar-bank.yaml"]:
        if path.name in ("broken.yaml", "README.yaml"):
            continue
        journey = load(path).journey
        expected |= {(journey.id, b.id) for _, _, b in journey.barriers()}
    found = set(re.findall(r'href="maps/([a-z0-9-]+)/map\.html#barrier-([a-z0-9-]+)"', board))
    assert found == expected and len(expected) == 6
    # Worst first: the critical ones before the low one.
    assert board.index("#barrier-blurry-photo") < board.index("#barrier-ochered") < board.index("#barrier-apotyxia")


def test_owner_persona_touchpoint_and_channel_pages(built):
    folder, _ = built
    web_team = (folder / "owners" / "web-team.html").read_text(encoding="utf-8")
    # Owns the web touchpoint in two maps, the opportunity, and sees the barriers at its touchpoints.
    assert web_team.count('href="../touchpoints/web.html"') == 2
    assert "Say what is wrong with the photo" in web_team
    assert "#barrier-blurry-photo" in web_team
    web = (folder / "touchpoints" / "web.html").read_text(encoding="utf-8")
    assert "map.html#step-enter-voucher" in web and "map.html#step-nahodit-brak" in web
    assert re.search(r"Average emotion</dt><dd[^>]*>\s*−0\.7", web), "(+1 −2 −1) / 3"
    persona = next((folder / "personas").glob("h-*.html"))  # a name with no ASCII letter: a hashed page name
    assert (folder / "personas" / "pat-jones.html").is_file()
    assert any("مريم الحسن" in p.read_text(encoding="utf-8") for p in (folder / "personas").glob("*.html"))
    assert persona.read_text(encoding="utf-8").count('href="../maps/') >= 1
    steps = set(re.findall(r"map\.html#step-([a-z-]+)", (folder / "channels" / "mobile-app.html").read_text(encoding="utf-8")))
    assert steps == {"kodikos", "pliromi", "idkhal", "tahaqquq"}


def test_history_of_a_map_in_git_and_a_note_outside(built):
    folder, _ = built
    page = (folder / "maps" / "onboarding" / "index.html").read_text(encoding="utf-8")
    history = page[page.index('id="history"'):]
    assert history.count("<tr>") - 1 == 2  # two commits changed it (a header row, then the rows)
    assert "The passport check is worse than we thought" in history
    arabic = (folder / "maps" / "bank-account-ar" / "index.html").read_text(encoding="utf-8")
    assert "No history" in arabic[arabic.index('id="history"'):]


def test_flows_are_the_svg_renderers_bytes(built, portfolio):
    """The site lays out the flows of a batch with one dot; each is what
    journeyctl render -f svg writes for the map, byte for byte (dot writes
    the clusters of all but a run's first graph in an order that varies:
    the site puts them back in order)."""
    folder, _ = built
    for path, map_id in (("repo/maps/en-onboarding.yaml", "onboarding"), ("repo/maps/ru-vozvrat.yaml", "vozvrat"),
                         ("repo/maps/el-paraggelia.yaml", "paraggelia"), ("repo/maps/th-phone.yaml", "thai-phone"),
                         ("outside/ar-bank.yaml", "bank-account-ar")):
        proc = subprocess.run([*_command(), "render", path, "-f", "svg", "-o", "-"], cwd=portfolio,
                              capture_output=True, timeout=60)
        assert proc.returncode == 0, proc.stderr
        assert (folder / "maps" / map_id / "flow.svg").read_bytes() == proc.stdout, map_id


def test_a_second_build_gives_the_same_bytes(built, portfolio):
    folder, _ = built
    before = _tree(folder)
    again = site("repo/maps", "outside", "-o", "again", "--today", TODAY, "--jobs", "1", cwd=portfolio)
    assert again.returncode == 1
    assert _tree(portfolio / "again") == before
    # Over the old site: replaced; a file someone added is kept, one the old build wrote and the
    # new one does not is gone.
    (portfolio / "again" / "CNAME").write_text("maps.example.org\n")
    shutil.rmtree(portfolio / "again" / "maps" / "bank-account-ar")
    listed = (portfolio / "again" / ".journeyctl-site").read_text()
    (portfolio / "again" / ".journeyctl-site").write_text(listed + "old-page.html\n")
    (portfolio / "again" / "old-page.html").write_text("from an older build")
    third = site("repo/maps", "outside", "-o", "again", "--today", TODAY, cwd=portfolio)
    assert third.returncode == 1, third.stderr
    tree = _tree(portfolio / "again")
    assert tree.pop("CNAME") == b"maps.example.org\n"
    assert tree == before
    assert [p.name for p in portfolio.iterdir() if p.name.startswith(".")] == []  # no building folder left


def test_one_process_or_several_write_the_same_site(portfolio, tmp_path, monkeypatch):
    """The maps and the pages rendered in pools of processes (pages forked
    with the portfolio) give what one process gives."""
    from datetime import date

    from journeyctl.lint.engine import Settings
    from journeyctl.site import MapJob, pages, read_histories, run_all, write_site

    monkeypatch.setattr(pages, "PARALLEL_PAGES", 1)
    maps = sorted((portfolio / "repo" / "maps").glob("*.yaml")) + [portfolio / "outside" / "ar-bank.yaml"]
    trees = []
    for workers in (1, 2):
        root = tmp_path / f"site-{workers}"
        root.mkdir()
        jobs = [MapJob(path, path.name, Settings(today=date(2026, 11, 1)), str(root)) for path in maps]
        results, (histories,) = run_all(jobs, workers, beside=[(read_histories, (maps,))])
        _, written = write_site(results, histories, [], date(2026, 11, 1), "el", root, workers)
        assert sorted(written) == sorted(_tree(root))
        trees.append(_tree(root))
    assert trees[0] == trees[1]
    assert len(trees[0]) > 40


def test_the_day_comes_from_source_date_epoch(built, portfolio):
    folder, _ = built
    proc = site("outside", "-o", "epoch", cwd=portfolio, env={"SOURCE_DATE_EPOCH": "1793491200"})  # 2026-11-01
    assert proc.returncode == 0, proc.stderr
    assert f'<time datetime="{TODAY}">' in (portfolio / "epoch" / "index.html").read_text(encoding="utf-8")


def test_a_folder_that_is_not_a_site_is_refused(portfolio):
    target = portfolio / "notes"
    target.mkdir()
    (target / "todo.txt").write_text("keep me")
    proc = site("repo/maps", "-o", "notes", cwd=portfolio)
    assert proc.returncode == 2
    assert "not a site journeyctl built" in proc.stderr and "Traceback" not in proc.stderr
    assert [p.name for p in target.iterdir()] == ["todo.txt"]
    file = portfolio / "file.txt"
    file.write_text("x")
    assert site("repo/maps", "-o", "file.txt", cwd=portfolio).returncode == 2
    assert file.read_text() == "x"


def test_two_maps_with_the_same_id_stop_the_build(portfolio):
    twin = portfolio / "twin"
    twin.mkdir()
    (twin / "copy.yaml").write_text(RUSSIAN.replace("title: Возврат товара", "title: Другой возврат"), encoding="utf-8")
    proc = site("repo/maps", "twin", "-o", "twins", cwd=portfolio)
    assert proc.returncode == 1
    assert "'vozvrat'" in proc.stderr and "twin/copy.yaml" in proc.stderr and "repo/maps/ru-vozvrat.yaml" in proc.stderr
    assert not (portfolio / "twins").exists()


# -- in the browser -----------------------------------------------------------------

EXECUTABLE = find_chromium()
needs_chromium = pytest.mark.skipif(EXECUTABLE is None and not os.environ.get("CI"), reason="no Chromium")

SEARCH = """
(() => {
  const items = [...document.querySelectorAll('#search-results a')];
  return {status: document.querySelector('.search-status').textContent,
          results: items.map(a => ({href: a.getAttribute('href'), text: a.textContent}))};
})()
"""


@pytest.fixture(scope="module")
def browser():
    if EXECUTABLE is None:
        pytest.fail("CI needs Chromium for the browser tests (apt-get install chromium)")
    browser = Browser(EXECUTABLE)
    yield browser
    browser.close()


@needs_chromium
def test_every_page_loads_without_a_console_error(built, browser):
    folder, _ = built
    pages = _pages(folder)
    assert len(pages) > 30
    for page in pages:
        browser.open(page)
        assert browser.problems() == [], page.relative_to(folder)
        assert [u for u in browser.requests() if not u.startswith(("file:", "data:"))] == [], page


def _search(browser: Browser, words: str) -> dict:
    browser.evaluate("document.querySelector('#search-box').focus()")
    browser.call("Input.insertText", session=True, text=words)
    deadline = time.monotonic() + 10
    while True:
        found = browser.evaluate(SEARCH)
        if found["status"] or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


@needs_chromium
def test_the_search_box_finds_a_step_by_a_word_of_its_action(built, browser):
    folder, _ = built
    browser.open(folder / "maps" / "vozvrat" / "index.html")
    found = _search(browser, "voucher")
    assert [r["href"] for r in found["results"]] == ["../../maps/onboarding/map.html#step-enter-voucher"]
    assert "Enters the voucher code" in found["results"][0]["text"]
    browser.open(folder / "index.html")
    found = _search(browser, "κωδικο εκπτωσης")  # without the accents the map writes
    hrefs = [r["href"] for r in found["results"]]
    assert "maps/paraggelia/map.html#step-kodikos" in hrefs and "maps/paraggelia/index.html" in hrefs
    browser.open(folder / "index.html")
    assert _search(browser, "zzzz-nothing")["results"] == []
    assert browser.problems() == []


@needs_chromium
def test_arabic_text_reads_right_to_left_in_the_site(built, browser):
    folder, _ = built
    browser.open(folder / "maps" / "bank-account-ar" / "index.html")
    title = browser.evaluate("(() => { const h = document.querySelector('h1');"
                             " return {dir: getComputedStyle(h).direction, page: getComputedStyle(document.body).direction}; })()")
    assert title == {"dir": "rtl", "page": "ltr"}


# -- the portfolio example ---------------------------------------------------------

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "portfolio"


@pytest.fixture(scope="module")
def example_site(tmp_path_factory) -> Path:
    """examples/portfolio, committed to a git repository, built as a user builds it."""
    root = tmp_path_factory.mktemp("example") / "portfolio"
    shutil.copytree(EXAMPLE, root)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "The portfolio")
    proc = site(".", "-o", "public", "--today", "2026-11-24", cwd=root)
    assert proc.returncode == 0, proc.stderr
    return root / "public"


@needs_chromium
def test_the_portfolio_example_builds_into_a_site_that_works(example_site, browser):
    """Every page of the example's site loads with no console error, every
    link resolves, the library's personas have their pages, a sub-journey
    link leads to its map, and search finds a step by a word of it, in
    English and in Thai."""
    pages = _pages(example_site)
    for page in pages:
        browser.open(page)
        assert browser.problems() == [], page.relative_to(example_site)
    assert _links_resolve(example_site) > 200
    for persona in ("olivia", "darius", "anna", "somchai", "mariam", "eleni"):
        assert (example_site / "personas" / f"{persona}.html").is_file(), persona
    paying = (example_site / "maps" / "en-paying-a-bill" / "map.html").read_text(encoding="utf-8")
    assert 'href="../en-disputing-a-charge/map.html"' in paying
    browser.open(example_site / "index.html")
    found = _search(browser, "hotline")
    assert "maps/en-disputing-a-charge/map.html#step-calls" in [r["href"] for r in found["results"]]
    browser.open(example_site / "index.html")
    found = _search(browser, "ใบเสร็จ")  # "receipt", a word inside a Thai step's action (no spaces around it)
    assert "maps/th-chamra-kha-fai/map.html#step-dai-bai-set" in [r["href"] for r in found["results"]], found
