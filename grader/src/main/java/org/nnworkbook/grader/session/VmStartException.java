// The execution VM did not start; a problem of the grading machine, not of the submission.
package org.nnworkbook.grader.session;

public final class VmStartException extends Exception {
    public VmStartException(String message) {
        super(message);
    }
}
