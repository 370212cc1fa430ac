// feedback/<submission>.html: what a student reads about their grade; no hidden test code or expected values.
package org.nnworkbook.grader.report;

import org.nnworkbook.check.CheckLines;
import org.nnworkbook.grader.result.CellReport;
import org.nnworkbook.grader.result.SubmissionResult;
import org.nnworkbook.grader.result.TestResult;
import org.nnworkbook.grader.session.SnippetResult;

/**
 * Built only from the result's student-safe parts: test names, points, ✔/✘ lines, the grader's
 * notes and how each cell ran. Everything is HTML-escaped: exception messages come from
 * student code. What a student's code printed is not shown (it could imitate grader output).
 */
public final class FeedbackHtml {
    private FeedbackHtml() {
    }

    public static String of(String assignment, SubmissionResult result) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(assignment)).append(": ").append(esc(result.name())).append("</title>")
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}")
                .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}")
                .append(".pass{color:#196c2e}.fail{color:#a40e26}pre{margin:0;white-space:pre-wrap}</style></head><body>\n");
        html.append("<h1>").append(esc(assignment)).append(": ").append(esc(result.name())).append("</h1>\n");
        html.append("<p><strong>").append(GradesCsv.points(result.points())).append(" / ")
                .append(GradesCsv.points(result.maxPoints())).append(" points</strong> (status: ")
                .append(result.status().id()).append(")</p>\n<p>").append(esc(result.message())).append("</p>\n");
        if (!result.tests().isEmpty()) {
            html.append("<h2>Tests</h2>\n<table><tr><th>Exercise</th><th>Test</th><th>Points</th><th>Result</th><th>Details</th></tr>\n");
            for (TestResult test : result.tests()) {
                html.append("<tr><td>").append(esc(test.exercise())).append("</td><td>").append(esc(test.name()))
                        .append("</td><td>").append(GradesCsv.points(test.points())).append(" / ")
                        .append(GradesCsv.points(test.maxPoints())).append("</td><td class=\"")
                        .append(test.passed() ? "pass\">pass" : "fail\">fail").append("</td><td><pre>")
                        .append(esc(String.join("\n", test.lines()))).append("</pre></td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (!result.notes().isEmpty()) {
            html.append("<h2>About your notebook</h2>\n<ul>\n");
            result.notes().forEach(note -> html.append("<li>").append(esc(note)).append("</li>\n"));
            html.append("</ul>\n");
        }
        StringBuilder cells = new StringBuilder();
        for (CellReport cell : result.cells()) {
            if (!cell.ranCleanly()) {
                cells.append("<li>cell ").append(esc(cell.label())).append(": ").append(esc(describe(cell.result())))
                        .append("</li>\n");
            }
        }
        if (cells.length() > 0) {
            html.append("<h2>Cells that did not run cleanly</h2>\n<ul>\n").append(cells).append("</ul>\n");
        }
        html.append("<hr><p><small>Graded in ").append(String.format(java.util.Locale.ROOT, "%.1f", result.seconds()))
                .append(" s; student code ran in a separate Java process (isolation: ")
                .append(esc(result.isolation())).append(").</small></p>\n</body></html>\n");
        return html.toString();
    }

    static String describe(SnippetResult result) {
        if (result == null) {
            return "not run (the notebook's Java process could not be restarted)";
        }
        return switch (result.kind()) {
            case OK -> "ran";
            case COMPILE_ERROR -> "does not compile: " + result.detail();
            case EXCEPTION -> thrown(result.exceptionClass(), result.detail());
            case TIMEOUT -> result.detail() + " and was stopped (an endless loop?)";
            case VM_ENDED -> result.detail();
        };
    }

    private static String thrown(String exceptionClass, String message) {
        if (message != null && message.startsWith(CheckMessages.FAIL)) {
            return message; // a visible check cell failing with its own ✘ line: it says it all
        }
        if (message != null && exceptionClass.endsWith("SelfCheckFailed")) {
            // SelfCheck's "the lines above" are the cell's output, which feedback never shows.
            return "its checks failed: " + message.replace(" (the lines above say which and why)", "");
        }
        return CheckLines.threw("", exceptionClass, message).detail();
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
