// An answer set that cannot be used as written: a bad file name, first line, folder or expected points.
package org.nnworkbook.grader.answers;

public final class AnswerSetException extends Exception {
    public AnswerSetException(String message) {
        super(message);
    }
}
