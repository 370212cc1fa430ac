// Argument checks shared by the library, with messages that say what was wrong and what to do; not shape checks.
package org.nnworkbook.nn.internal;

/** Small guards that throw {@link IllegalArgumentException} with a message a student can act on. */
public final class Check {
    private Check() {}

    /** A size such as rows, features or a batch size: must be {@code > 0}. */
    public static int positive(String what, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
        return value;
    }

    /** A size that may be zero but not negative. */
    public static int nonNegative(String what, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative, got " + value);
        }
        return value;
    }

    /** A rate or scale: finite and {@code > 0}. */
    public static double positiveFinite(String what, double value, String example) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    what + " must be a positive finite number, got " + value + "; try " + example);
        }
        return value;
    }

    /** A coefficient in {@code [0, 1)}, such as momentum or Adam's betas. */
    public static double unitInterval(String what, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1), got " + value);
        }
        return value;
    }

    /** Any finite number. */
    public static double finite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number, got " + value);
        }
        return value;
    }
}
