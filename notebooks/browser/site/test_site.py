"""The workbook's website (`./workbook site`) in Chromium: every page whole, offline, readable on a phone, no solutions.

Not the build (site/build_site.py). Run by SiteTest with `--rootdir notebooks/browser`, so the browser suite's
conftest gives Chromium and its rule for missing tools (skip, but fail under CI=true). The site is built once into
notebooks/target/site and served on localhost; every request that leaves that address is blocked and fails the
page. Screenshots of every page, desktop and phone width, go to notebooks/target/site-screenshots.
"""
import functools
import html
import html.parser
import http.server
import json
import re
import subprocess
import threading
import urllib.parse

import nbformat
import pytest
from nbconvert import HTMLExporter

from conftest import NOTEBOOKS, ROOT, missing  # the browser suite's conftest (notebooks/browser)

SITE = NOTEBOOKS / "target" / "site"
SHOTS = NOTEBOOKS / "target" / "site-screenshots"
EXECUTED = NOTEBOOKS / "target" / "executed"
PAGES = ["index.html"] + [path.stem + ".html" for path in sorted(NOTEBOOKS.glob("*.ipynb"))]
ASSIGNMENTS = [path for path in sorted(NOTEBOOKS.glob("*.ipynb"))
               if any(cell.metadata.get("nbgrader", {}).get("solution")
                      for cell in nbformat.read(path, as_version=4).cells)]
DESKTOP, PHONE = {"width": 1280, "height": 900}, {"width": 390, "height": 844}
RAW_MATH = re.compile(r"\$[^$\s][^$]*\$")
# Resolves once MathJax has typeset the page: its startup typesetting is queued before this callback.
TYPESET = "() => new Promise(done => MathJax.Hub.Queue(() => done(true)))"
# The prose of the page, without code, outputs and MathJax's own copies of the TeX (script elements).
PROSE = """() => Array.from(document.querySelectorAll('.jp-RenderedMarkdown, main > p, main li, main h1, main h2'))
    .map(element => { const copy = element.cloneNode(true);
                      copy.querySelectorAll('pre, code, script, style').forEach(e => e.remove());
                      return copy.textContent; }).join('\\n')"""
IMAGES = "() => Array.from(document.images).map(i => ({src: i.src.slice(0, 60), shown: i.complete && i.naturalWidth > 0}))"


@pytest.fixture(scope="session")
def site(pytestconfig):
    try:
        import jupyter_server_mathjax  # noqa: F401 (only checks that the build can copy MathJax)
    except ImportError:
        missing("no jupyter-server-mathjax here: run through ./workbook test (it installs jupyter/requirements-site.txt)")
    built = subprocess.run([str(ROOT / "workbook"), "site", "--out", str(SITE)], capture_output=True, text=True,
                           timeout=1800)
    assert built.returncode == 0, f"./workbook site failed:\n{built.stdout[-5000:]}\n{built.stderr[-5000:]}"
    # Whether it reused the executed notebooks, and how long it took: in the build log, not in pytest's capture.
    with pytestconfig.pluginmanager.get_plugin("capturemanager").global_and_fixture_disabled():
        print()
        for line in built.stdout.splitlines():
            if line.startswith("site:"):
                print(line)
    return SITE


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def served(site):
    """The site's address on a local HTTP server: over HTTP, as GitHub Pages serves it (fonts load as they will)."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


class Visit:
    """One page open in its own browser context, with every problem the browser reported while loading it."""

    def __init__(self, browser, base, name, viewport):
        self.problems = []
        self.context = browser.new_context(viewport=viewport)
        self.context.route("**/*", lambda route: self.allow_site_only(route, base))
        self.tab = self.context.new_page()
        self.tab.on("console", lambda m: m.type == "error" and self.problems.append(f"console error: {m.text}"))
        self.tab.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        self.tab.on("response", lambda r: r.status >= 400 and self.problems.append(f"HTTP {r.status}: {r.url}"))
        self.tab.goto(base + name, wait_until="load")
        self.tab.wait_for_function("() => window.MathJax && MathJax.isReady", timeout=60_000)
        self.tab.evaluate(TYPESET)

    def allow_site_only(self, route, base):
        url = route.request.url
        if url.startswith(base) or url.startswith("data:"):
            route.continue_()
        else:
            self.problems.append(f"request outside the site: {url}")
            route.abort()

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser, served):
    opened = []

    def open_page(name, viewport=DESKTOP):
        opened.append(Visit(browser, served, name, viewport))
        return opened[-1]
    yield open_page
    for page in opened:
        page.close()


def shown_on_the_site(cell):
    """True for cells whose outputs the site shows as executed (not exercises, not check cells)."""
    grading = cell.metadata.get("nbgrader", {})
    return not grading.get("solution") and not grading.get("grade")


def ids(html_text):
    return {html.unescape(found) for found in re.findall(r'\sid="([^"]*)"', html_text)}


def internal_links(tab, page_url):
    hrefs = tab.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")
    return sorted({urllib.parse.urljoin(page_url, href) for href in hrefs
                   if not re.match(r"^[a-z]+:", href)})


@pytest.mark.parametrize("name", PAGES)
def test_page_loads_from_the_site_alone_with_its_maths_pictures_and_links(visit, served, name):
    page = visit(name)
    tab = page.tab
    assert page.problems == [], f"{name}: " + "\n".join(page.problems)

    images = tab.evaluate(IMAGES)
    assert [image for image in images if not image["shown"]] == [], f"{name}: images not displayed"
    prose = tab.evaluate(PROSE)
    assert prose.strip(), f"{name}: no text found"
    assert RAW_MATH.findall(prose) == [], f"{name}: maths left as raw TeX"
    assert tab.locator(".MathJax .merror, .MathJax_Error").count() == 0, f"{name}: MathJax could not typeset some TeX"

    if name != "index.html":
        nb = nbformat.read(EXECUTED / name.replace(".html", ".ipynb"), as_version=4)
        if any("$" in cell.source for cell in nb.cells if cell.cell_type == "markdown"):
            assert tab.locator(".MathJax").count() > 0, f"{name}: maths in the notebook, none typeset on the page"
        pictures = sum("image/png" in output.get("data", {}) for cell in nb.cells if cell.cell_type == "code"
                       and shown_on_the_site(cell) for output in cell.outputs)
        assert tab.locator(".jp-OutputArea-output img").count() == pictures, f"{name}: not every picture of the run"
        assert tab.locator(".site-pager a").count() >= 1
        exercises = sum(bool(cell.metadata.get("nbgrader", {}).get("solution")) for cell in nb.cells)
        assert tab.locator(".celltag_exercise").count() == exercises
        for note in tab.locator(".celltag_check .jp-OutputArea").all():
            assert note.inner_text().startswith("Run in the notebook"), f"{name}: a check cell shows its own output"

    for link in internal_links(tab, served + name):
        address, _, fragment = link.partition("#")
        answer = page.context.request.get(address)
        assert answer.status == 200, f"{name}: broken link {link}"
        # A browser matches the fragment to an id as written, else percent-decoded.
        found = not fragment or bool({fragment, urllib.parse.unquote(fragment)} & ids(answer.text()))
        assert found, f"{name}: no element with the id of the link {link}"

    screenshots(tab, name, "desktop")


def screenshots(tab, name, width):
    """The top of the page, and where there is one, its first exercise with its check cell."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SHOTS / name.replace(".html", f"-{width}.png")))
    exercise = tab.locator(".celltag_exercise").first
    if exercise.count():
        exercise.scroll_into_view_if_needed()
        tab.evaluate("() => window.scrollBy(0, -40)")
        tab.screenshot(path=str(SHOTS / name.replace(".html", f"-{width}-exercise.png")))


@pytest.mark.parametrize("name", PAGES)
def test_a_phone_width_page_does_not_scroll_sideways(visit, name):
    page = visit(name, PHONE)
    overflow = page.tab.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{name}: the page is {overflow} px wider than a {PHONE['width']} px phone"
    screenshots(page.tab, name, "phone")


# ---------------------------------------------------------------- no solutions on the site

class TextOnly(html.parser.HTMLParser):
    """The text of an HTML page as a reader sees it: tags dropped, entities decoded, scripts and styles left out."""

    def __init__(self):
        super().__init__()
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        self.skipping += tag in ("script", "style")

    def handle_endtag(self, tag):
        self.skipping -= tag in ("script", "style") and self.skipping > 0

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def normalised(text):
    return re.sub(r"\s+", " ", text)


def page_text(html_text):
    parser = TextOnly()
    parser.feed(html_text)
    return normalised("".join(parser.parts))


def solution_lines(notebook):
    """The lines of the instructor's solutions that appear nowhere else in the notebook (so must not on the site)."""
    solutions, elsewhere = [], []
    for cell in nbformat.read(notebook, as_version=4).cells:
        inside = False
        for line in cell.source.splitlines():
            if "BEGIN SOLUTION" in line or "END SOLUTION" in line:
                inside = "BEGIN" in line
            elif inside or (cell.cell_type == "markdown" and cell.metadata.get("nbgrader", {}).get("solution")):
                solutions.append(normalised(line.strip()))
            else:
                elsewhere.append(normalised(line.strip()))
    rest = "\n".join(elsewhere)
    return [line for line in solutions if len(line) >= 8 and not line.startswith("//") and line not in rest]


def leaked(notebook, text):
    return [line for line in solution_lines(notebook) if line in text]


@pytest.mark.parametrize("notebook", ASSIGNMENTS, ids=lambda path: path.stem)
def test_no_solution_code_appears_on_the_site_or_in_its_downloads(site, notebook):
    assert solution_lines(notebook), f"{notebook.name}: no solution lines found to look for"
    page = page_text((site / (notebook.stem + ".html")).read_text(encoding="utf-8"))
    assert leaked(notebook, page) == [], f"{notebook.stem}.html shows solution code"
    download = json.loads((site / "notebooks" / notebook.name).read_text(encoding="utf-8"))
    sources = normalised("\n".join("".join(cell["source"]) for cell in download["cells"]))
    assert leaked(notebook, sources) == [], f"the downloadable {notebook.name} holds solution code"


def test_the_solution_check_finds_solutions_in_a_page_of_the_instructor_notebook(site):
    """The check above would notice: nbconvert's page of the executed instructor notebook shows its solutions."""
    notebook = ASSIGNMENTS[0]
    instructor_page, _ = HTMLExporter(template_name="lab").from_filename(str(EXECUTED / notebook.name))
    assert leaked(notebook, page_text(instructor_page)) == solution_lines(notebook)
