// How one cell of a submission ran, for the feedback: its label, its worst result and its output.
package org.nnworkbook.grader.result;

import org.nnworkbook.grader.session.SnippetResult;

/**
 * @param result null when the cell never ran (the VM could not be restarted before it)
 * @param owner  the solution cell whose part of the notebook it is in ({@link SubmissionAssembler.RunCell#owner()})
 */
public record CellReport(String label, SnippetResult result, String output, String owner) {

    public boolean ranCleanly() {
        return result != null && result.kind() == SnippetResult.Kind.OK;
    }
}
