"""A smoke test of the Notebook 7 interface on the same server: from /tree, open notebook 00, Run All,
and see its plot. Notebook 7 opens a notebook in a new browser tab, as a student sees it."""
from jupyterlab import Notebook

NOTEBOOK = "00-getting-started.ipynb"

# Notebook 7 keeps JupyterLab's cells and prompts; its app object is not exposed, so this reads the page.
NOTHING_RUNNING = """() => {
    const prompts = [...document.querySelectorAll('.jp-Notebook .jp-Cell.jp-CodeCell .jp-InputPrompt')];
    return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
}"""


def test_notebook7_opens_runs_and_shows_a_plot(page, server, screenshots):
    page.goto(server.tree())
    entry = page.locator(".jp-DirListing-item", has_text=NOTEBOOK)
    with page.context.expect_page() as opened:
        entry.dblclick()
    tab = opened.value
    tab.wait_for_selector(".jp-Notebook .jp-Cell", timeout=60_000)
    assert "/notebooks/" in tab.url
    # The notebook's session exists once the toolbar names its kernel; Run All then queues until it is ready.
    tab.locator(".jp-KernelName", has_text="Java (NN workbook)").first.wait_for(timeout=60_000)
    notebook = Notebook(tab, server, NOTEBOOK)
    notebook.menu("Run", "Run All Cells")
    tab.wait_for_function(NOTHING_RUNNING, timeout=300_000, polling=500)
    images = tab.locator(".jp-OutputArea-output img")
    if images.count():
        images.first.scroll_into_view_if_needed()
    tab.screenshot(path=str(screenshots / "notebook7-00-getting-started.png"))
    loaded = images.evaluate_all("images => images.filter(i => i.complete && i.naturalWidth > 0).length")
    assert loaded > 0, "Notebook 7 shows no loaded image after Run All"
    assert tab.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
