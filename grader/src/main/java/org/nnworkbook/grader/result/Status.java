// The status column of grades.csv.
package org.nnworkbook.grader.result;

public enum Status {
    /** Graded normally (student code may still have failed tests or thrown in cells). */
    OK,
    /** Graded, but a cell or a test ran past its time limit and the VM was killed. */
    TIMEOUT,
    /** Graded as far as possible, but the VM ended (System.exit, halt, crash) or the grader failed. */
    ERROR,
    /** Not graded: the file is not a usable notebook of this assignment. */
    INVALID;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
