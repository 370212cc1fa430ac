"""The kernel as the JupyterLab 4 page shows it: the status bar, the ■ interrupt button, Tab completion
and Shift-Tab help on a library name. These depend on the workbook's own kernel (branches kernel-core
and kernel-help)."""
import json
import re
import time

import pytest
from conftest import ROOT
from jupyterlab import Notebook


def scratch_notebook(server, name, *cells):
    """Writes a notebook of code cells for the workbook kernel into the server's folder; returns its name."""
    nb = {"nbformat": 4, "nbformat_minor": 5,
          "metadata": {"kernelspec": {"name": "nn-workbook", "display_name": "Java (NN workbook)", "language": "java"}},
          "cells": [{"cell_type": "code", "id": f"c{i}", "metadata": {}, "execution_count": None, "outputs": [],
                     "source": source} for i, source in enumerate(cells)]}
    (server.root / name).write_text(json.dumps(nb))
    return name


def first_sentence_of_javadoc(source_file, method):
    """The first sentence of the Javadoc right above the first `public static ... method(` of a source file."""
    text = source_file.read_text()
    declaration = re.search(r"public static \S+ " + method + r"\(", text).start()
    javadoc = text[text.rindex("/**", 0, declaration) + 3:text.rindex("*/", 0, declaration)]
    words = " ".join(line.strip().lstrip("*").strip() for line in javadoc.splitlines()).split()
    sentence = " ".join(words).split(". ")[0]
    return re.sub(r"\{@\w+ ([^}]*)\}", r"\1", sentence)


def test_status_bar_says_idle_once_the_kernel_is_ready(page, server):
    Notebook(page, server, scratch_notebook(server, "status.ipynb", "1 + 1")).open()
    status = page.locator(".jp-StatusBar-Widget", has_text="Java (NN workbook)")
    page.wait_for_function("() => [...document.querySelectorAll('.jp-StatusBar-Widget')]"
                           ".some(w => w.textContent.includes('Java (NN workbook) | Idle'))", timeout=30_000)
    assert "Idle" in status.first.inner_text()


def test_the_stop_button_ends_an_endless_loop_and_the_next_cell_runs(page, server):
    name = scratch_notebook(server, "interrupt.ipynb", "int counter = 41;",
                            'System.out.println("looping");\nwhile (true) { }', "counter + 1")
    notebook = Notebook(page, server, name).open()
    notebook.menu("Run", "Run All Cells")
    # The loop runs once its line is printed (before that the cell may still be compiling).
    notebook.cell(1).locator(".jp-OutputArea", has_text="looping").wait_for(timeout=120_000)
    page.locator(".jp-NotebookPanel-toolbar [data-command='notebook:interrupt-kernel']").first.click()
    notebook.wait_until_idle(60)
    cells = notebook.cells()
    assert cells[1]["count"] is not None, "the interrupted cell never ended"
    notebook.select(2)
    notebook.run_selected()
    notebook.wait_until_idle(60)
    assert "42" in notebook.output_text(2)


@pytest.fixture
def plots_notebook(page, server):
    name = scratch_notebook(server, "help.ipynb", "import org.nnworkbook.plot.*;", "Plots.bou", "Plots.boundary")
    notebook = Notebook(page, server, name).open()
    notebook.select(0)
    notebook.run_selected()
    notebook.wait_until_idle(60)
    return notebook


def put_cursor_at_end(notebook, index):
    notebook.cell(index).locator(".cm-content").click()
    notebook.page.keyboard.press("Control+End")


def test_tab_completes_a_library_name(plots_notebook):
    put_cursor_at_end(plots_notebook, 1)
    plots_notebook.page.keyboard.press("Tab")
    completer = plots_notebook.page.locator(".jp-Completer")
    completer.wait_for(state="visible", timeout=30_000)
    items = completer.locator(".jp-Completer-item").all_inner_texts()
    assert any("boundary" in item for item in items), items


def test_shift_tab_shows_the_javadoc_of_a_library_method(plots_notebook):
    put_cursor_at_end(plots_notebook, 2)
    plots_notebook.page.keyboard.press("Shift+Tab")
    tooltip = plots_notebook.page.locator(".jp-Tooltip")
    tooltip.wait_for(state="visible", timeout=30_000)
    expected = first_sentence_of_javadoc(ROOT / "lib/src/main/java/org/nnworkbook/plot/Plots.java", "boundary")
    words = " ".join(expected.split()[:6])
    # The tooltip's box shows before its markdown is rendered into it: wait for the text, not the box.
    deadline = time.monotonic() + 30
    while words not in " ".join(tooltip.inner_text().split()) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert words in " ".join(tooltip.inner_text().split()), tooltip.inner_text()
