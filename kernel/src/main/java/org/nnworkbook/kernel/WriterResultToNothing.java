package org.nnworkbook.kernel;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;

/**
 * Shows nothing for a cell whose last line is {@code System.out.printf(...)} or {@code format(...)}: those return
 * the stream itself, and the kernel would otherwise print {@code java.io.PrintStream@1b6d3586} under the text.
 * The kernel shows every non-null value, so "nothing" is an empty text output.
 */
final class WriterResultToNothing implements DisplayTransformer {

    @Override
    public boolean canTransform(Object o) {
        return o instanceof PrintStream || o instanceof PrintWriter;
    }

    @Override
    public Class<?> transformedClass() {
        return HtmlFragment.class;
    }

    @Override
    public Object transform(Object stream) {
        return new HtmlFragment("", "");
    }
}
