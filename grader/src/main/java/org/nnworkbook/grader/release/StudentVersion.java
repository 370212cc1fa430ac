// Turns an instructor notebook into what students get: solutions stubbed, outputs cleared, locked cells fingerprinted.
package org.nnworkbook.grader.release;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.notebook.Cell;
import org.nnworkbook.grader.notebook.Fingerprint;
import org.nnworkbook.grader.notebook.NbgraderMeta;
import org.nnworkbook.grader.notebook.Notebook;
import org.nnworkbook.grader.notebook.SolutionRegions;

/**
 * Outputs go because an executed instructor notebook shows the expected values. Locked cells
 * keep nbgrader's "checksum" field, holding their {@link Fingerprint}, and Jupyter's
 * editable/deletable flags, so the notebook interface itself discourages changing them (the
 * grader restores them anyway). The notebook metadata records the assignment id, which lets the
 * grader recognise a notebook of another assignment.
 */
public final class StudentVersion {
    private StudentVersion() {
    }

    public static Notebook of(Assignment assignment) {
        Notebook student = assignment.instructor().copy();
        for (Cell cell : student.cells()) {
            if (cell.node() == null) {
                continue;
            }
            cell.clearOutputs();
            NbgraderMeta meta = cell.nbgrader();
            if (meta == null || !cell.hasGradeId()) {
                continue;
            }
            ObjectNode metadata = (ObjectNode) cell.node().get("metadata");
            if (meta.solution()) {
                cell.writeSource(cell.isCode()
                        ? SolutionRegions.stubCode(cell.source(), cell.gradeId())
                        : SolutionRegions.stubMarkdown(cell.source()));
            } else if (meta.isLockedForStudents()) {
                ((ObjectNode) metadata.get("nbgrader")).put("checksum", Fingerprint.of(cell));
                metadata.put("editable", false);
                metadata.put("deletable", false);
            }
        }
        ObjectNode metadata = student.root().with("metadata");
        metadata.putObject(Notebook.WORKBOOK_METADATA).put("assignment", assignment.id());
        return student;
    }
}
