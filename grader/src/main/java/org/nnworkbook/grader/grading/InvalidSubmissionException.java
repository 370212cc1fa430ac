// A submission that cannot be graded at all (status "invalid"); the message tells the student what to fix.
package org.nnworkbook.grader.grading;

public final class InvalidSubmissionException extends Exception {
    public InvalidSubmissionException(String message) {
        super(message);
    }
}
