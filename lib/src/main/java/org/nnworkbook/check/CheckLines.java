package org.nnworkbook.check;

import java.util.Arrays;
import java.util.Objects;

/** How the self-checks compare a student's value with the expected one, and word the difference. */
final class Comparison {
    private Comparison() {}

    /** |a - e| <= tol, scaled by |e| when |e| > 1 so large values get a relative tolerance. */
    static boolean near(double actual, double expected, double tolerance) {
        if (Double.isNaN(expected)) {
            return Double.isNaN(actual);
        }
        if (Double.isInfinite(expected)) {
            return actual == expected;
        }
        return Math.abs(actual - expected) <= tolerance * Math.max(1.0, Math.abs(expected));
    }

    static CheckResult numbers(double actual, double expected, double tolerance) {
        if (near(actual, expected, tolerance)) {
            return CheckResult.pass("", "= " + actual);
        }
        if (Double.isNaN(actual)) {
            return CheckResult.fail("", "got NaN, expected " + expected + " (look for 0/0, log of a negative, or ∞ - ∞)");
        }
        return CheckResult.fail("", "got " + actual + ", expected " + expected
                + " (off by " + (float) Math.abs(actual - expected) + ")");
    }

    static CheckResult arrays(double[] actual, double[] expected, double tolerance) {
        if (actual == null) {
            return CheckResult.fail("", "got null, expected " + SelfCheck.show(expected));
        }
        if (actual.length != expected.length) {
            return CheckResult.fail("", "got " + actual.length + " values, expected " + expected.length);
        }
        int worst = -1;
        for (int i = 0; i < actual.length; i++) {
            if (!near(actual[i], expected[i], tolerance) && worst < 0) {
                worst = i;
            }
        }
        if (worst < 0) {
            return CheckResult.pass("", "matches (max difference " + (float) SelfCheck.maxDifference(actual, expected) + ")");
        }
        return CheckResult.fail("", "entry " + worst + " is " + actual[worst] + ", expected " + expected[worst]
                + "; got " + SelfCheck.show(actual) + ", expected " + SelfCheck.show(expected));
    }

    static CheckResult objects(Object actual, Object expected) {
        boolean same = actual instanceof Object[] a && expected instanceof Object[] e
                ? Arrays.deepEquals(a, e)
                : Objects.deepEquals(actual, expected);
        return same ? CheckResult.pass("", "= " + text(actual))
                : CheckResult.fail("", "got " + text(actual) + ", expected " + text(expected));
    }

    private static String text(Object o) {
        if (o instanceof double[] d) {
            return SelfCheck.show(d);
        }
        if (o instanceof int[] i) {
            return Arrays.toString(i);
        }
        if (o instanceof Object[] a) {
            return Arrays.deepToString(a);
        }
        return String.valueOf(o);
    }
}
