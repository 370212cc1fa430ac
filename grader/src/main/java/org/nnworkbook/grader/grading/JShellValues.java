// Reads the value strings JShell produces for arrays and lists back into numbers.
package org.nnworkbook.grader.grading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class JShellValues {
    // JShell shows arrays as "double[3] { 1.0, 2.0, 3.0 }"; lists print as "[1.0, 2.0]".
    private static final Pattern ARRAY = Pattern.compile("^[\\w.$]+\\[\\d+\\] \\{(.*)\\}$", Pattern.DOTALL);
    private static final Pattern LIST = Pattern.compile("^\\[(.*)\\]$", Pattern.DOTALL);

    private JShellValues() {
    }

    /** The numbers in an array or list value, or null when it is not one. */
    static double[] doubleArray(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        Matcher array = ARRAY.matcher(text);
        Matcher list = LIST.matcher(text);
        String body;
        if (array.matches()) {
            body = array.group(1);
        } else if (list.matches()) {
            body = list.group(1);
        } else {
            return null;
        }
        if (body.isBlank()) {
            return new double[0];
        }
        String[] parts = body.split(",");
        double[] numbers = new double[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                numbers[i] = Double.parseDouble(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return numbers;
    }
}
