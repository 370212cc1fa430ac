package org.nnworkbook.check;

/** The outcome of one self-check: what was checked, whether it passed, and a message for the student. */
public record CheckResult(String what, boolean passed, String detail) {

    static CheckResult pass(String what, String detail) {
        return new CheckResult(what, true, detail);
    }

    static CheckResult fail(String what, String detail) {
        return new CheckResult(what, false, detail);
    }

    /** One report line, e.g. {@code ✔ relu(-1.0) = 0.0} or {@code ✘ relu(2.5): got 0.0, expected 2.5}. */
    @Override
    public String toString() {
        String mark = passed ? "✔ " : "✘ ";
        if (detail.isEmpty()) {
            return mark + what;
        }
        return mark + what + (passed ? " " : ": ") + detail;
    }
}
