// What happened when one piece of code ran in the execution VM.
package org.nnworkbook.grader.session;

/**
 * @param kind           how it ended
 * @param value          the value as JShell shows it (OK only), "" for statements
 * @param detail         the compile diagnostic, exception message or how the VM ended
 * @param exceptionClass the class of the student's exception (EXCEPTION only)
 */
public record SnippetResult(Kind kind, String value, String detail, String exceptionClass) {

    public enum Kind {
        OK, COMPILE_ERROR, EXCEPTION, TIMEOUT, VM_ENDED;

        /** The VM was killed or died: everything after this needs a new VM. */
        public boolean endsVm() {
            return this == TIMEOUT || this == VM_ENDED;
        }
    }

    /**
     * The student's code ran out of memory, heap or threads: the VM carries on, but in a state nothing
     * after should be graded in (a thread bomb leaves it unable to start a thread, and it may die at any
     * point after, in a cell that is not to blame).
     */
    public boolean outOfMemory() {
        return kind == Kind.EXCEPTION && exceptionClass != null && exceptionClass.endsWith("OutOfMemoryError");
    }

    static SnippetResult ok(String value) {
        return new SnippetResult(Kind.OK, value == null ? "" : value, null, null);
    }

    static SnippetResult compileError(String diagnostic) {
        return new SnippetResult(Kind.COMPILE_ERROR, null, diagnostic, null);
    }

    static SnippetResult exception(String exceptionClass, String message) {
        return new SnippetResult(Kind.EXCEPTION, null, shorten(message), exceptionClass);
    }

    static SnippetResult compileErrorOf(String diagnostic) {
        return compileError(shorten(diagnostic));
    }

    /** Messages come from student code and may be huge; 500 characters say enough. */
    private static String shorten(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }

    static SnippetResult timeout(long seconds) {
        return new SnippetResult(Kind.TIMEOUT, null, "did not finish within " + seconds + " s", null);
    }

    public static SnippetResult vmEnded(String how) {
        return new SnippetResult(Kind.VM_ENDED, null, how, null);
    }
}
