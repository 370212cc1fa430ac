"""What a student does in JupyterLab 4, as Playwright steps: open a notebook, Run All, edit and run a cell.

Not a test: the test_*.py files call these. Clicks and keys go through the page as a student's would;
only the checks read JupyterLab's notebook model (window.jupyterapp, exposed by the server's
--LabApp.expose_app_in_browser) to tell an error output from other stderr text, which the page draws
alike.
"""
import time

from playwright.sync_api import TimeoutError as PlaywrightTimeout

KERNEL_START_SECONDS = 60
# A kernel that is not ready in time is restarted through the server, as a student would with
# Kernel → Restart (a safety net against a slow start on a loaded machine); each restart is printed, so
# the log shows how often it happened.
KERNEL_START_ATTEMPTS = 3
RUN_ALL_SECONDS = 300

# The open notebook's panel, in the page's JavaScript.
PANEL = "window.jupyterapp.shell.currentWidget"

# True when the page is connected to the notebook's kernel and the kernel is not starting or busy.
# "unknown" counts as ready: JupyterLab shows it until the kernel's first busy/idle status that is not
# about kernel_info (test_kernel_ui checks that the status bar says Idle).
READY = f"""path => {{
    const panel = {PANEL};
    if (!panel || !panel.context || panel.context.path !== path) return false;
    const kernel = panel.sessionContext && panel.sessionContext.session && panel.sessionContext.session.kernel;
    return !!kernel && kernel.connectionStatus === 'connected' && ['idle', 'unknown'].includes(kernel.status);
}}"""

# True when the kernel is idle and no cell is queued or running ([*]), i.e. a run has ended.
IDLE = f"""() => {{
    const panel = {PANEL};
    if (!panel || !panel.sessionContext || panel.sessionContext.kernelDisplayStatus !== 'idle') return false;
    return ![...panel.node.querySelectorAll('.jp-InputPrompt')].some(p => p.textContent.includes('*'));
}}"""


class Notebook:
    """One notebook open in a JupyterLab tab. Cells are numbered from 0, as in the .ipynb file."""

    def __init__(self, page, server, path):
        self.page, self.server, self.path = page, server, path

    def open(self):
        """Opens the notebook and waits until its kernel (started by itself) is ready. Returns self."""
        self.page.goto(self.server.lab(self.path))
        self.page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=60_000)
        for attempt in range(1, KERNEL_START_ATTEMPTS + 1):
            try:
                self.page.wait_for_function(READY, arg=self.path, timeout=KERNEL_START_SECONDS * 1000, polling=250)
                self.page.evaluate(f"async () => await {PANEL}.sessionContext.session.kernel.info")
                return self
            except PlaywrightTimeout:
                if attempt == KERNEL_START_ATTEMPTS:
                    raise AssertionError(f"{self.path}: the kernel was not ready after {attempt} starts of "
                                         f"{KERNEL_START_SECONDS} s (see target/browser/jupyter-server.log)")
                print(f"{self.path}: kernel not ready after {KERNEL_START_SECONDS} s, restarting it (attempt {attempt + 1})")
                # Restarting through the server and reloading the page recovers where the page alone does not.
                kernel = self.page.evaluate(f"{PANEL}.sessionContext.session.kernel.id")
                self.page.request.post(f"{self.server.url}api/kernels/{kernel}/restart?token={self.server.token}",
                                       timeout=120_000)
                self.page.reload()
                self.page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=60_000)

    def menu(self, menu, item):
        """Clicks a menu bar entry, then one of its items (e.g. "Run", "Run All Cells")."""
        self.page.locator(".lm-MenuBar-itemLabel", has_text=menu).first.click()
        self.page.locator(".lm-Menu-itemLabel").get_by_text(item, exact=True).click()

    def run_all(self, seconds=RUN_ALL_SECONDS):
        self.menu("Run", "Run All Cells")
        self.wait_until_idle(seconds)

    def wait_until_idle(self, seconds=RUN_ALL_SECONDS):
        # Idle twice, half a second apart: between two queued cells the kernel is briefly idle too.
        deadline = time.monotonic() + seconds
        while True:
            self.page.wait_for_function(IDLE, timeout=max(1, deadline - time.monotonic()) * 1000, polling=250)
            self.page.wait_for_timeout(500)
            if self.page.evaluate(IDLE):
                return

    def cell(self, index):
        return self.page.locator(".jp-NotebookPanel:visible .jp-Notebook .jp-Cell").nth(index)

    def cells(self):
        """Each cell as the model has it: type, tags, execution count, source, outputs (type, text, ename, evalue)."""
        return self.page.evaluate(f"""() => {{
            const cells = {PANEL}.content.model.cells;
            const result = [];
            for (let i = 0; i < cells.length; i++) {{
                const cell = cells.get(i).toJSON();
                result.push({{type: cell.cell_type, tags: (cell.metadata || {{}}).tags || [],
                    count: cell.execution_count ?? null,
                    source: Array.isArray(cell.source) ? cell.source.join('') : cell.source,
                    outputs: (cell.outputs || []).map(o => ({{type: o.output_type, ename: o.ename, evalue: o.evalue,
                        text: Array.isArray(o.text) ? o.text.join('') : (o.text || (o.data || {{}})['text/plain'] || '')}}))}});
            }}
            return result;
        }}""")

    def errors(self):
        """(cell index, "ename: evalue") for every error output in the notebook."""
        return [(i, f"{o['ename']}: {o['evalue']}") for i, cell in enumerate(self.cells())
                for o in cell["outputs"] if o["type"] == "error"]

    def loaded_images(self, index):
        """How many images of cell `index`'s output area the browser has decoded (naturalWidth > 0)."""
        cell = self.cell(index)
        cell.scroll_into_view_if_needed()
        return cell.locator(".jp-OutputArea-output img").evaluate_all(
            "images => images.filter(i => i.complete && i.naturalWidth > 0).length")

    def output_text(self, index):
        return self.cell(index).locator(".jp-OutputArea").inner_text()

    def select(self, index):
        """Selects cell `index` by clicking its prompt area (command mode), as a student does."""
        self.cell(index).scroll_into_view_if_needed()
        self.cell(index).locator(".jp-InputPrompt").click()

    def type_into(self, index, code):
        """Replaces cell `index`'s code by typing it into its CodeMirror 6 editor: click, select all, type."""
        editor = self.cell(index).locator(".cm-content")
        editor.scroll_into_view_if_needed()
        editor.click()
        self.page.keyboard.press("Control+a")
        # CodeMirror indents new lines itself: type each line without its leading spaces.
        lines = code.split("\n")
        for n, line in enumerate(lines):
            self.page.keyboard.type(line.lstrip() if n else line)
            if n < len(lines) - 1:
                self.page.keyboard.press("Enter")

    def run_selected(self):
        """Shift-Enter: runs the selected cell and moves to the next one."""
        self.page.keyboard.press("Shift+Enter")

    def screenshot(self, path):
        self.page.screenshot(path=str(path), full_page=False)
