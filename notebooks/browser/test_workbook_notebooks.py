"""Every workbook notebook in JupyterLab 4: Run All from the menu, no error output, every plot drawn.

A screenshot of each, after its run, lands in notebooks/target/browser/ for a look. A notebook that passes is
saved by JupyterLab and copied to notebooks/target/executed/, where the Maven tests' WorkbookNotebooksTest checks
it instead of running it again headless, and the website is built from it: CI runs each notebook once.
"""
import shutil
from pathlib import Path

import pytest
from conftest import NOTEBOOKS

EXECUTED = NOTEBOOKS / "target" / "executed"
from jupyterlab import Notebook

LIVE_NOTEBOOK = "09-training-in-practice.ipynb"

# Counts the images that one cell's output area shows while it runs: how many at once, how many distinct.
WATCH_LIVE_DISPLAY = """index => {
    // The cell's widget node, attached to the page or not yet (JupyterLab attaches far cells lazily).
    const cell = window.jupyterapp.shell.currentWidget.content.widgets[index].node;
    const seen = new Set();
    window.liveDisplay = {distinct: 0, mostAtOnce: 0};
    new MutationObserver(() => {
        const images = cell.querySelectorAll('.jp-OutputArea-output img');
        window.liveDisplay.mostAtOnce = Math.max(window.liveDisplay.mostAtOnce, images.length);
        images.forEach(i => seen.add(i.src.length + ':' + i.src.slice(-200)));
        window.liveDisplay.distinct = seen.size;
    }).observe(cell, {subtree: true, childList: true, attributes: true, attributeFilter: ['src']});
}"""


def live_cell(cells):
    return next(i for i, c in enumerate(cells) if c["type"] == "code" and "Live.boundary" in c["source"])


@pytest.mark.parametrize("name", sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")))
def test_run_all_shows_no_error_and_every_plot(page, server, screenshots, name):
    notebook = Notebook(page, server, name).open()
    cells = notebook.cells()
    live = live_cell(cells) if name == LIVE_NOTEBOOK else None
    if live is not None:
        page.evaluate(WATCH_LIVE_DISPLAY, live)

    notebook.run_all()
    notebook.screenshot(screenshots / f"{Path(name).stem}.png")

    cells = notebook.cells()
    assert notebook.errors() == [], f"{name}: error outputs (cell index, error)"
    code = [i for i, c in enumerate(cells) if c["type"] == "code"]
    assert all(cells[i]["count"] is not None for i in code), \
        f"{name}: cells that never ran: {[i for i in code if cells[i]['count'] is None]}"
    plots = [i for i, c in enumerate(cells) if "plot" in c["tags"]]
    assert plots, f"{name} has no cell tagged plot"
    for index in plots:
        assert notebook.loaded_images(index) > 0, f"{name}: plot cell {index} shows no loaded image"

    if live is not None:
        seen = page.evaluate("window.liveDisplay")
        # In place: the boundary image is replaced (several distinct frames) but never stacked.
        assert seen["mostAtOnce"] == 1, f"live display showed {seen['mostAtOnce']} images at once"
        assert seen["distinct"] >= 3, f"live display showed only {seen['distinct']} distinct frames"

    # Saved as the student would (File → Save), then kept as this run's executed copy.
    page.evaluate("async () => await window.jupyterapp.commands.execute('docmanager:save')")
    EXECUTED.mkdir(parents=True, exist_ok=True)
    shutil.copy(Path(server.root) / name, EXECUTED / name)
