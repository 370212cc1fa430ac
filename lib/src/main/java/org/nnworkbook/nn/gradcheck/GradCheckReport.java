// The outcome of a gradient check: analytic vs numerical gradient per parameter, with relative errors.
package org.nnworkbook.nn.gradcheck;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.nnworkbook.nn.Matrix;

/**
 * One {@link Entry} per checked quantity (each parameter, the input, a loss's prediction, ...). Its
 * relative error is CS231n's {@code rel_error}: the largest
 * {@code |analytic - numeric| / max(1e-8, |analytic| + |numeric|)} over the elements.
 * Rule of thumb: below 1e-7 is right, around 1e-4 is suspicious, above 1e-2 is a bug.
 */
public final class GradCheckReport {
    private final double step;
    private final List<Entry> entries = new ArrayList<>();

    /** The gradients of one quantity. */
    public record Entry(String name, Matrix analytic, Matrix numeric, double relativeError) {
    }

    GradCheckReport(double step) {
        this.step = step;
    }

    void add(String name, Matrix analytic, Matrix numeric) {
        entries.add(new Entry(name, analytic, numeric, GradCheck.relativeError(analytic, numeric)));
    }

    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** The entry with this name (e.g. {@code "0.weight"} or {@code "input"}). */
    public Entry entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no entry named " + name + "; the entries are "
                        + entries.stream().map(Entry::name).toList()));
    }

    /** The worst relative error over all entries (NaN if any gradient was NaN). */
    public double maxRelativeError() {
        double worst = 0;
        for (Entry e : entries) {
            worst = Math.max(worst, e.relativeError());
        }
        return worst;
    }

    /** Whether every relative error is below {@code tolerance}. */
    public boolean passed(double tolerance) {
        return maxRelativeError() < tolerance;
    }

    @Override
    public String toString() {
        int width = Math.max(4, entries.stream().mapToInt(e -> e.name().length()).max().orElse(4));
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "gradient check (central differences, h = %.0e)%n  %-" + width + "s  %-10s  %s", step, "name", "shape",
                "rel. error"));
        for (Entry e : entries) {
            sb.append(String.format(Locale.ROOT, "%n  %-" + width + "s  %-10s  %.2e", e.name(), e.analytic().shape(),
                    e.relativeError()));
        }
        return sb.append(String.format(Locale.ROOT, "%n  worst: %.2e", maxRelativeError())).toString();
    }
}
