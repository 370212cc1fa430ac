// Test assertions for matrices and gradient checks whose failure messages show both sides in full.
package org.nnworkbook.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.function.Executable;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.ShapeException;
import org.nnworkbook.nn.gradcheck.GradCheckReport;

public final class MatrixAssertions {
    private MatrixAssertions() {}

    /** Same shape and every element within {@code tolerance}; on failure prints both matrices. */
    public static void assertClose(Matrix expected, Matrix actual, double tolerance) {
        if (expected.rows() != actual.rows() || expected.cols() != actual.cols()) {
            fail("shapes differ: expected " + expected.shape() + ", actual " + actual.shape()
                    + "\nexpected:\n" + expected + "\nactual:\n" + actual);
        }
        int worst = -1;
        double worstDiff = 0;
        for (int i = 0; i < expected.size(); i++) {
            double d = Math.abs(expected.data()[i] - actual.data()[i]);
            if (!(d <= tolerance) && (worst < 0 || !(d <= worstDiff))) {
                worst = i;
                worstDiff = d;
            }
        }
        if (worst >= 0) {
            int r = worst / expected.cols();
            int c = worst % expected.cols();
            fail(String.format("matrices differ by %.3e > %.1e at (%d, %d): expected %s, actual %s%nexpected:%n%s%nactual:%n%s",
                    worstDiff, tolerance, r, c, expected.data()[worst], actual.data()[worst], expected, actual));
        }
    }

    /** Every relative error of the report below {@code tolerance}; on failure prints the report and the worst entry. */
    public static void assertGradientsMatch(GradCheckReport report, double tolerance) {
        if (!report.passed(tolerance)) {
            GradCheckReport.Entry worst = report.entries().stream()
                    .max((a, b) -> Double.compare(a.relativeError(), b.relativeError())).orElseThrow();
            fail(report + "\nworst entry " + worst.name() + "\nanalytic:\n" + worst.analytic() + "\nnumeric:\n"
                    + worst.numeric());
        }
    }

    /** The call throws a ShapeException; returns its message for further checks. */
    public static String shapeError(Executable call) {
        return assertThrows(ShapeException.class, call).getMessage();
    }

    /** The call throws an IllegalArgumentException (not a ShapeException); returns its message. */
    public static String argumentError(Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        if (e instanceof ShapeException) {
            fail("expected a plain IllegalArgumentException but got a ShapeException: " + e.getMessage());
        }
        return e.getMessage();
    }
}
