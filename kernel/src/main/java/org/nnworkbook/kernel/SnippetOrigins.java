// Where each JShell snippet came from: which cell, which line, and the cell's text.
package org.nnworkbook.kernel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JShell numbers snippets ({@code #12}) and reports positions within a snippet; a student thinks
 * in cells and lines. Stack frames ({@code g(#12:3)}) and compiler positions are mapped back here.
 */
final class SnippetOrigins {

    /** A snippet's cell (its execution count), the cell line the snippet starts on, the cell's lines. */
    record Origin(int cell, int firstLine, String[] cellLines) {
        int cellLine(int snippetLine) {
            return firstLine + snippetLine - 1;
        }

        String sourceLine(int cellLine) {
            return cellLine >= 1 && cellLine <= cellLines.length ? cellLines[cellLine - 1] : "";
        }
    }

    private final Map<String, Origin> byId = new ConcurrentHashMap<>();

    void remember(String snippetId, Origin origin) {
        byId.put(snippetId, origin);
    }

    Origin of(String snippetId) {
        return byId.get(snippetId);
    }

    /** Forgets everything: the snippets of a VM that was replaced. */
    void clear() {
        byId.clear();
    }
}
