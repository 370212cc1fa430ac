// A failed check whose message is written for the student and safe to show them.
package org.nnworkbook.grader.api;

/**
 * Only messages of this type reach a student's feedback. Any other failure (a plain
 * assertEquals, an exception in the test itself) is reported without its message, because such
 * messages usually contain the expected value.
 */
public class CheckFailure extends AssertionError {
    public CheckFailure(String studentMessage) {
        super(studentMessage);
    }
}
