"""Fixtures of the browser suite: a real JupyterLab 4 server on a copy of the notebooks, and Chromium.

Not the tests: those are the test_*.py files here. The server runs from the Python running pytest (the
project's .venv/), with a token, on a free port, in a temporary folder holding copies of the workbook's
notebooks and the student version of notebook 04 that `./workbook release` writes. Chromium is Debian's
(Playwright's own browser download is not used); without it, or without Playwright, the suite skips,
except under CI=true, where it fails.
"""
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
SCREENSHOTS = NOTEBOOKS / "target" / "browser"
STUDENT_NOTEBOOK = "04-activations.ipynb"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def missing(what):
    """Skips the suite for a missing tool, or fails under CI=true, where every tool must be there."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} (CI=true: the browser suite must run)", pytrace=False)
    pytest.skip(what)


def chromium_path():
    for candidate in [os.environ.get("WORKBOOK_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")]:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    missing("no Chromium found: install Debian's (sudo apt-get install chromium) or set WORKBOOK_CHROMIUM")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A running JupyterLab server: where it is, its token, the folder it serves."""

    def __init__(self, url, token, root):
        self.url, self.token, self.root = url, token, root

    def lab(self, path):
        # reset: a fresh workspace, so the page does not reopen the notebooks of earlier tests.
        return f"{self.url}lab/tree/{path}?reset&token={self.token}"

    def tree(self):
        return f"{self.url}tree?token={self.token}"


def release_student_version(out):
    """The student version of notebook 04, as an instructor hands it out."""
    done = subprocess.run([str(ROOT / "workbook"), "release", str(NOTEBOOKS / STUDENT_NOTEBOOK), "--out", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"./workbook release failed:\n{done.stdout}\n{done.stderr}"
    return out / STUDENT_NOTEBOOK


@pytest.fixture(scope="session")
def server():
    try:
        import jupyterlab  # noqa: F401 (only checks that the server can start)
    except ImportError:
        missing(f"{sys.executable} has no JupyterLab: run the suite through ./workbook test (it uses .venv/)")
    work = Path(tempfile.mkdtemp(prefix="workbook-browser-"))
    root = work / "notebooks"
    root.mkdir()
    for notebook in NOTEBOOKS.glob("*.ipynb"):
        shutil.copy(notebook, root)
    release_student_version(root / "student")
    # The kernelspec comes from the project's .jupyter/ (./workbook kernel, or the Maven test, writes it);
    # everything else Jupyter writes stays in the temporary folder.
    env = dict(os.environ, JUPYTER_PATH=str(ROOT / ".jupyter"), JUPYTER_CONFIG_DIR=str(work / "config"),
               JUPYTER_DATA_DIR=str(work / "data"), JUPYTER_RUNTIME_DIR=str(work / "runtime"),
               JUPYTERLAB_SETTINGS_DIR=str(work / "settings"), JUPYTERLAB_WORKSPACES_DIR=str(work / "workspaces"),
               PYDEVD_DISABLE_FILE_VALIDATION="1")
    token, port = secrets.token_hex(16), free_port()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    server_log = SCREENSHOTS / "jupyter-server.log"  # kept after the run: the kernels' messages are in it
    log = open(server_log, "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", f"--port={port}", "--ip=127.0.0.1",
         f"--ServerApp.token={token}", f"--ServerApp.root_dir={root}",
         # window.jupyterapp: lets the tests read the notebook model (output types) beside the page.
         "--LabApp.expose_app_in_browser=True"],
        env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 90
    while True:
        try:
            urllib.request.urlopen(f"{url}api/status?token={token}", timeout=2)
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"JupyterLab did not start; its log:\n{server_log.read_text()[-3000:]}")
            time.sleep(0.5)
    yield Server(url, token, root)
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()
    shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing(f"{sys.executable} has no Playwright: run the suite through ./workbook test (it installs it in .venv/)")
    executable = chromium_path()
    with sync_playwright() as playwright:
        # launch() gives Chromium a fresh temporary profile (user-data dir) every time.
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    # Keeps each phase's outcome on the test item, so the page fixture knows whether the test failed.
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


@pytest.fixture
def page(browser, request):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    yield page
    failed = getattr(request.node, "report_call", None)
    if failed is not None and failed.failed:
        # What the page showed when the test failed: the first thing to look at.
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        name = "".join(c if c.isalnum() or c in "-_." else "_" for c in request.node.name)
        page.screenshot(path=str(SCREENSHOTS / f"failed-{name}.png"))
    context.close()


@pytest.fixture(scope="session")
def screenshots():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
