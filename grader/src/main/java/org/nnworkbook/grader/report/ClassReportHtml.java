// report.html: one self-contained page (charts inlined as PNG data URIs) about a graded class, for the instructor.
package org.nnworkbook.grader.report;

import static org.nnworkbook.grader.report.FeedbackHtml.esc;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nnworkbook.grader.report.ClassCharts.Chart;
import org.nnworkbook.grader.report.ClassSummary.FailingCheck;
import org.nnworkbook.grader.report.ClassSummary.Flagged;
import org.nnworkbook.grader.report.ClassSummary.IdenticalAnswers;
import org.nnworkbook.grader.report.ClassSummary.Rate;
import org.nnworkbook.grader.report.ClassSummary.Timing;

/**
 * One file, so it can be mailed or attached as it is. Every text is escaped: submission names come
 * from file names, ✘ lines quote values student code returned.
 */
final class ClassReportHtml {
    private ClassReportHtml() {
    }

    static String of(ClassSummary s, List<Chart> charts) {
        StringBuilder html = new StringBuilder();
        String assignment = String.join(", ", s.assignments());
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Class report: ")
                .append(esc(assignment)).append("</title>\n<style>body{font-family:sans-serif;max-width:64em;margin:2em auto}")
                .append("table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.25em .6em;")
                .append("text-align:left;vertical-align:top}td.n{text-align:right}.warn{color:#a40e26}")
                .append("img{display:block;margin:1em 0;max-width:100%}code{white-space:pre-wrap}</style></head><body>\n");
        html.append("<h1>Class report: ").append(esc(assignment)).append("</h1>\n");
        if (s.assignments().size() > 1) {
            html.append("<p class=\"warn\">This folder holds results of more than one assignment; the figures mix them.</p>\n");
        }
        html.append("<p>").append(s.submissions()).append(" submissions, ").append(GradesCsv.points(s.maxPoints()))
                .append(" points each; mean ").append(points(mean(s.scores()))).append(", median ")
                .append(points(median(s.scores()))).append(". Pass rates count the ").append(graded(s))
                .append(" submissions that were graded (not invalid).</p>\n");
        statuses(html, s.statuses());
        html.append("<h2>Scores</h2>\n");
        image(html, charts.get(0));
        html.append("<h2>Exercises</h2>\n");
        image(html, charts.get(1));
        rates(html, "Exercise", s.exercises());
        html.append("<h2>Tests</h2>\n");
        image(html, charts.get(2));
        rates(html, "Test", s.tests());
        failingChecks(html, s.failingChecks());
        slowest(html, s.slowest());
        identical(html, s.identical());
        if (!s.withoutData().isEmpty()) {
            html.append("<h2>Results not included</h2>\n<p class=\"warn\">These results files hold no report data (graded by")
                    .append(" an older grader) or cannot be read; grade those submissions again to include them: ")
                    .append(esc(String.join(", ", s.withoutData()))).append("</p>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static void statuses(StringBuilder html, Map<String, List<Flagged>> statuses) {
        html.append("<h2>Statuses</h2>\n");
        if (statuses.isEmpty()) {
            html.append("<p>Every submission was graded with status ok.</p>\n");
            return;
        }
        html.append("<table><tr><th>Status</th><th>Submissions</th><th>Who and why</th></tr>\n");
        statuses.forEach((status, flagged) -> {
            html.append("<tr><td>").append(esc(status)).append("</td><td class=\"n\">").append(flagged.size())
                    .append("</td><td><ul>");
            flagged.forEach(f -> html.append("<li><b>").append(esc(f.name())).append("</b>: ").append(esc(f.message())).append("</li>"));
            html.append("</ul></td></tr>\n");
        });
        html.append("</table>\n");
    }

    private static void rates(StringBuilder html, String what, List<Rate> rates) {
        html.append("<table><tr><th>").append(what).append("</th><th>Passed</th><th>Graded</th><th>Rate</th></tr>\n");
        for (Rate r : rates) {
            html.append("<tr><td>").append(esc(r.label())).append("</td><td class=\"n\">").append(r.passed())
                    .append("</td><td class=\"n\">").append(r.graded()).append("</td><td class=\"n\">")
                    .append(Math.round(100 * r.rate())).append("%</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void failingChecks(StringBuilder html, List<FailingCheck> checks) {
        html.append("<h2>Most frequent failing checks</h2>\n");
        if (checks.isEmpty()) {
            html.append("<p>No check failed.</p>\n");
            return;
        }
        html.append("<p>Each ✘ line counted once per submission that saw it. A line failed by nearly everyone,")
                .append(" instructor's solution included, may be a broken hidden test.</p>\n")
                .append("<table><tr><th>Submissions</th><th>Exercise</th><th>Test</th><th>Line</th></tr>\n");
        for (FailingCheck c : checks) {
            html.append("<tr><td class=\"n\">").append(c.submissions()).append("</td><td>").append(esc(c.exercise()))
                    .append("</td><td>").append(esc(c.test())).append("</td><td><code>").append(esc(c.line()))
                    .append("</code></td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void slowest(StringBuilder html, List<Timing> slowest) {
        html.append("<h2>Slowest submissions</h2>\n<table><tr><th>Submission</th><th>Seconds</th><th>Status</th></tr>\n");
        for (Timing t : slowest) {
            html.append("<tr><td>").append(esc(t.name())).append("</td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%.1f", t.seconds())).append("</td><td>").append(esc(t.status()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void identical(StringBuilder html, List<IdenticalAnswers> groups) {
        html.append("<h2>Identical answers</h2>\n<p>Answers that are the same once comments and whitespace are removed")
                .append(" (blank answers left out), for a person to look at. This is no verdict: a short exercise often")
                .append(" has one natural answer.</p>\n");
        if (groups.isEmpty()) {
            html.append("<p>No two submissions share an answer.</p>\n");
            return;
        }
        html.append("<table><tr><th>Exercise</th><th>Submissions</th><th>Who</th></tr>\n");
        for (IdenticalAnswers g : groups) {
            html.append("<tr><td>").append(esc(g.exercise())).append("</td><td class=\"n\">").append(g.names().size())
                    .append("</td><td>").append(esc(String.join(", ", g.names())))
                    .append(g.sameAsSolution() ? " <i>(the instructor's solution)</i>" : "").append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void image(StringBuilder html, Chart chart) {
        html.append("<img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(chart.png()))
                .append("\" alt=\"").append(esc(chart.alt())).append("\">\n");
    }

    private static long graded(ClassSummary s) {
        return s.submissions() - s.withStatus("invalid").size();
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length == 0 ? 0 : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String points(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
