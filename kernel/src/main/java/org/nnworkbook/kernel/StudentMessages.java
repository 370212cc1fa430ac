// Every sentence the kernel itself shows a student, written once, here.
package org.nnworkbook.kernel;

import java.util.Locale;

/** Tests check these texts exactly; change them here and there together. */
final class StudentMessages {
    static final String INTERRUPTED = "Interrupted: the cell was stopped. Variables and methods defined before are kept.";
    static final String RESTARTED = "The Java VM running your cells was restarted: variables and methods defined before"
            + " are gone; run the cells above again.";
    static final String STILL_RUNNING = "Interrupted, but code your cell started kept running (a thread?), so it was"
            + " stopped by force.";
    static final String NO_INPUT = "System.in has no keyboard here (this notebook runs without a person to type):"
            + " put the values in a variable instead.";

    private StudentMessages() {
    }

    static String exited(int code) {
        return "Your code called System.exit(" + code + "), which ends the Java VM running your cells.";
    }

    static String exitedUnknownCode() {
        return "Your code ended the Java VM running your cells (System.exit?).";
    }

    static String vmGone(String cause) {
        return switch (cause) {
            case "memory" -> "Your code ran out of memory and the Java VM running your cells could not go on.";
            case "threads" -> "Your code started more threads than the machine allows, and the Java VM running your"
                    + " cells could not go on.";
            default -> "The Java VM running your cells stopped suddenly (Runtime.halt, a crash, or the system"
                    + " ended it).";
        };
    }

    static String outOfMemoryHint() {
        return "hint: the data is too big for the memory the notebook has; use smaller arrays or fewer copies"
                + " (the VM survived: your variables are kept)";
    }

    static String stackOverflowHint() {
        return "hint: a method called itself too deeply. Recursion without a base case, or a base case never"
                + " reached? (your variables are kept)";
    }

    static String brokenScannerHint() {
        return "hint: this Scanner was stopped (■) in the middle of a read and cannot read again; make a new one:"
                + " new Scanner(System.in)";
    }

    static String outputLimitReached(int headLines, int tailLines) {
        return String.format(Locale.ROOT, "%n[output limit: the first %,d lines are shown; the rest is held back and"
                + " the last %,d lines will follow when the cell ends]%n", headLines, tailLines);
    }

    static String outputDropped(long droppedLines, long droppedBytes, long totalLines, int headLines, int tailLines) {
        return String.format(Locale.ROOT, "%n[... %,d lines (%s) not shown: the cell printed %,d lines; the first"
                + " %,d and the last %,d are shown ...]%n", droppedLines, size(droppedBytes), totalLines,
                headLines, tailLines);
    }

    private static String size(long chars) {
        return chars >= 1_000_000 ? String.format(Locale.ROOT, "%.1f MB", chars / 1e6)
                : String.format(Locale.ROOT, "%,d kB", Math.max(1, chars / 1000));
    }

    static String vmDidNotStart(String why) {
        return "The Java VM that runs your cells did not start: " + why + ". Restart the kernel; if this stays,"
                + " check that a JDK 17+ is installed (./workbook kernel).";
    }
}
