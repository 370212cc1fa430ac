"""A student's flow in the released student version of notebook 04 (JupyterLab 4): write an exercise,
run it and its check cell, read the check lines; a right answer gets only ✔, a wrong one gets ✘."""
import json

import pytest
from conftest import STUDENT_NOTEBOOK
from jupyterlab import Notebook

EXERCISE = "central_difference"

RIGHT = """double centralDifference(DoubleUnaryOperator f, double x, double h) {
return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
}"""

# A forward difference: close to the slope, but not exact for a parabola, which the check tests.
WRONG = """double centralDifference(DoubleUnaryOperator f, double x, double h) {
return (f.applyAsDouble(x + h) - f.applyAsDouble(x)) / h;
}"""


def grade_cell(server, grade_id):
    """The index of the cell with this nbgrader grade_id in the released notebook."""
    cells = json.loads((server.root / "student" / STUDENT_NOTEBOOK).read_text())["cells"]
    return next(i for i, c in enumerate(cells) if c["metadata"].get("nbgrader", {}).get("grade_id") == grade_id)


@pytest.fixture
def student(page, server):
    notebook = Notebook(page, server, f"student/{STUDENT_NOTEBOOK}").open()
    notebook.select(grade_cell(server, "setup"))  # the imports cell, as a student runs it first
    notebook.run_selected()
    notebook.wait_until_idle()
    return notebook


def answer(notebook, server, code):
    """Types `code` into the exercise cell, runs it and the check cell below (Shift-Enter twice), returns the
    check's text."""
    exercise = grade_cell(server, EXERCISE)
    check = grade_cell(server, "check_" + EXERCISE)
    assert check == exercise + 1, "the check cell sits right below the exercise"
    notebook.type_into(exercise, code)
    notebook.run_selected()
    notebook.run_selected()
    notebook.wait_until_idle()
    typed = notebook.cells()[exercise]["source"]
    assert typed.split() == code.split(), f"the editor holds something else than what was typed:\n{typed}"
    return notebook.output_text(check)


def test_the_released_exercise_is_a_stub(server):
    cells = json.loads((server.root / "student" / STUDENT_NOTEBOOK).read_text())["cells"]
    source = "".join(cells[grade_cell(server, EXERCISE)]["source"])
    assert "not written yet" in source and "applyAsDouble" not in source, f"not a stub:\n{source}"


def test_a_right_answer_gets_only_ticks(student, server):
    text = answer(student, server, RIGHT)
    assert "✔" in text and "✘" not in text, text


def test_a_wrong_answer_gets_a_cross(student, server):
    text = answer(student, server, RIGHT)
    assert "✘" not in text, text
    text = answer(student, server, WRONG)
    assert "✘" in text, text
