#!/usr/bin/env python3
"""Builds the workbook's static website: a home page and one page per notebook, from real executions.

Not a server and not a notebook runner of its own: pages are nbconvert 7 HTML (template in templates/page),
made from the executed copies that the notebooks module's tests write to notebooks/target/executed (or, when a
copy is missing or older than its notebook, from a fresh run of notebooks/runner/run_notebooks.py). Exercises
are shown as tasks: solution cells come from the student version (`./workbook release`) with no output, and a
check cell's output is replaced by the list of what it checks. MathJax is copied from the pinned PyPI package
jupyter-server-mathjax into the site, so no page asks anything of another host. Run it through
`./workbook site [--out DIR]`, which sets up the kernel and this Python first.
"""
import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import jinja2
import nbformat
from jupyter_core.paths import jupyter_path
from nbconvert import HTMLExporter
from nbconvert.filters import markdown2html_mistune

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
EXECUTED = NOTEBOOKS / "target" / "executed"
RUNNER = NOTEBOOKS / "runner" / "run_notebooks.py"
TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"
GOALS_HEADING = "**By the end of this notebook you will be able to**"
# The label of each check in a check cell: the first string of .close("..."), .that("..."), .equal(s)("...").
CHECK_LABEL = re.compile(r'\.(?:close|that|equals?)\(\s*"((?:[^"\\]|\\.)*)"')


class SiteError(Exception):
    """Something the site cannot be built without; the message says what to do."""


@dataclass
class Chapter:
    """One notebook of the workbook as the site shows it."""
    source: Path     # the committed notebook
    title: str         # its first heading, e.g. "04 · Activation functions"
    goals_html: str    # its learning goals as an HTML list, or "" when it states none (the appendix)
    summary_html: str  # its opening paragraph, for the home page when it states no goals
    assignment: bool   # has nbgrader exercises: the download is the student version

    @property
    def page(self):
        return self.source.stem + ".html"

    @property
    def download(self):
        return "notebooks/" + self.source.name


def first_markdown(nb):
    return next(cell.source for cell in nb.cells if cell.cell_type == "markdown")


def chapter_of(path):
    nb = nbformat.read(path, as_version=4)
    intro = first_markdown(nb)
    title = intro.splitlines()[0].lstrip("# ").strip()
    paragraphs = intro.split("\n\n")
    # The bullet list right under the goals heading, up to the first blank line.
    goals = intro.split(GOALS_HEADING, 1)[1].strip().split("\n\n", 1)[0] if GOALS_HEADING in intro else ""
    summary = paragraphs[1] if len(paragraphs) > 1 else ""
    assignment = any(cell.metadata.get("nbgrader", {}).get("solution") for cell in nb.cells)
    return Chapter(path, title, goals and markdown2html_mistune(goals), markdown2html_mistune(summary), assignment)


def executed_copies(chapters, executed_dir):
    """Path of each chapter's executed copy; runs the notebooks that have none newer than themselves."""
    copies = {chapter.source: executed_dir / chapter.source.name for chapter in chapters}
    stale = [source for source, copy in copies.items()
             if not copy.exists() or copy.stat().st_mtime <= source.stat().st_mtime]
    if stale:
        print(f"site: executing {len(stale)} notebook(s) without a fresh executed copy in {executed_dir} ...", flush=True)
        done = subprocess.run([sys.executable, str(RUNNER), "--executed-dir", str(executed_dir), *map(str, stale)])
        if done.returncode != 0:
            raise SiteError("some notebooks did not run cleanly (report above); the site shows real outputs only, "
                            "so fix them (./workbook run NOTEBOOK) and build again")
    else:
        print(f"site: reusing the executed copies in {executed_dir}", flush=True)
    return copies


def released(chapters, work):
    """The student version of each assignment notebook, written by `./workbook release`."""
    assignments = [str(chapter.source) for chapter in chapters if chapter.assignment]
    done = subprocess.run([str(ROOT / "workbook"), "release", *assignments, "--out", str(work)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SiteError(f"./workbook release failed, so the site has no student versions to show:\n"
                        f"{done.stdout}{done.stderr}")
    return {Path(name).name: work / Path(name).name for name in assignments}


def check_note(source):
    """The output a check cell shows on the site: what it checks, not whether the instructor's answer passed."""
    labels = [re.sub(r"\\(.)", r"\1", label) for label in CHECK_LABEL.findall(source)]  # Java's \" and \\
    items = "".join(f"<li>{html.escape(label)}</li>" for label in labels)
    text = "Run in the notebook, this check reports ✔ or ✘ for each of:\n" + "\n".join(f"- {l}" for l in labels)
    return nbformat.v4.new_output("display_data", data={
        "text/html": f'<div class="check-note"><p>Run in the notebook, this check cell reports ✔ or ✘ for each '
                     f'of:</p><ul>{items}</ul></div>',
        "text/plain": text})


def as_tasks(executed, student):
    """The executed notebook with each exercise as the student gets it and each check described.

    Solution cells take the student version's text (the stub) and lose their outputs; check cells keep their code
    and show the list of what they check instead of the instructor's ✔ lines.
    """
    stubs = {cell.metadata["nbgrader"]["grade_id"]: cell for cell in student.cells if "nbgrader" in cell.metadata}
    for cell in executed.cells:
        grading = cell.metadata.get("nbgrader", {})
        tags = cell.metadata.setdefault("tags", [])
        if grading.get("solution"):
            stub = stubs.get(grading["grade_id"])
            if stub is None:
                raise SiteError(f"the student version has no cell {grading['grade_id']!r}: run ./workbook release")
            cell.source = stub.source
            tags.append("exercise")
            if cell.cell_type == "code":
                cell.outputs, cell.execution_count = [], None
        elif grading.get("grade") and cell.cell_type == "code":
            cell.outputs = [check_note(cell.source)]
            tags.append("check")
        if "BEGIN SOLUTION" in cell.source:
            raise SiteError(f"a cell outside the solution cells holds solution markers: {cell.source[:80]!r}")
    return executed


def lab_static():
    """nbconvert's own JupyterLab stylesheets (index.css, theme-light.css), linked once instead of inlined per page."""
    for folder in jupyter_path("nbconvert", "templates", "lab", "static"):
        if (Path(folder) / "index.css").exists():
            return Path(folder)
    raise SiteError("nbconvert's lab template is missing: install the pinned requirements (./workbook site does)")


def copy_assets(out):
    try:
        import jupyter_server_mathjax
    except ImportError:
        raise SiteError(f"{sys.executable} lacks jupyter-server-mathjax (the site's offline MathJax): run "
                        "./workbook site, which installs jupyter/requirements-site.txt") from None
    assets = out / "assets"
    shutil.copytree(Path(jupyter_server_mathjax.__file__).parent / "static", assets / "mathjax",
                    ignore=shutil.ignore_patterns("*.md", "*.txt"))
    shutil.copytree(lab_static(), assets / "lab")
    shutil.copytree(STATIC, assets, dirs_exist_ok=True)


def build(out, executed_dir):
    started = time.monotonic()
    chapters = [chapter_of(path) for path in sorted(NOTEBOOKS.glob("*.ipynb"))]
    if not chapters:
        raise SiteError(f"no notebooks in {NOTEBOOKS}")
    copies = executed_copies(chapters, executed_dir)
    if out.exists():
        if any(out.iterdir()) and not (out / "index.html").exists():
            raise SiteError(f"{out} is a folder with other things in it; give --out an empty or new folder")
        shutil.rmtree(out)
    (out / "notebooks").mkdir(parents=True)
    copy_assets(out)
    exporter = HTMLExporter(template_name="page", extra_template_basedirs=[str(TEMPLATES)],
                            exclude_input_prompt=True, exclude_output_prompt=True)
    with tempfile.TemporaryDirectory(prefix="workbook-site-") as work:
        students = released(chapters, Path(work))
        for index, chapter in enumerate(chapters):
            nb = nbformat.read(copies[chapter.source], as_version=4)
            if chapter.assignment:
                student_path = students[chapter.source.name]
                nb = as_tasks(nb, nbformat.read(student_path, as_version=4))
                shutil.copy(student_path, out / chapter.download)
            else:
                shutil.copy(chapter.source, out / chapter.download)
            site = {"chapter": chapter, "previous": chapters[index - 1] if index > 0 else None,
                    "next": chapters[index + 1] if index + 1 < len(chapters) else None}
            page, _ = exporter.from_notebook_node(nb, resources={"site": site, "metadata": {"name": chapter.title}})
            (out / chapter.page).write_text(page, encoding="utf-8")
    home = jinja2.Environment(loader=jinja2.FileSystemLoader([TEMPLATES, TEMPLATES / "page"]), autoescape=True).get_template("home.html.j2")
    (out / "index.html").write_text(home.render(chapters=chapters), encoding="utf-8")
    print(f"site: {len(chapters)} notebook pages and index.html in {out} ({time.monotonic() - started:.0f} s)")


def main(argv=None):
    parser = argparse.ArgumentParser(description="Build the workbook's static website.")
    parser.add_argument("--out", default=str(ROOT / "target" / "site"), help="folder to write (replaced)")
    parser.add_argument("--executed-dir", default=str(EXECUTED),
                        help="executed notebooks to reuse when newer than the notebooks (default: the tests' copies)")
    args = parser.parse_args(argv)
    try:
        build(Path(args.out).resolve(), Path(args.executed_dir).resolve())
    except SiteError as error:
        print(f"site: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
