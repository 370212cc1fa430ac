// A notebook file that cannot be used at all; the message says what is wrong and what to do.
package org.nnworkbook.grader.notebook;

public final class NotebookException extends Exception {
    public NotebookException(String message) {
        super(message);
    }
}
