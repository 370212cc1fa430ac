// What happened when one notebook cell ran: its worst snippet result and what it printed.
package org.nnworkbook.grader.session;

import java.util.List;

public record CellOutcome(List<SnippetResult> snippets, String output) {

    /** The first result that was not OK, or the last one; an empty cell counts as OK. */
    public SnippetResult worst() {
        for (SnippetResult result : snippets) {
            if (result.kind() != SnippetResult.Kind.OK) {
                return result;
            }
        }
        return snippets.isEmpty() ? SnippetResult.ok("") : snippets.get(snippets.size() - 1);
    }

    public boolean endedVm() {
        return worst().kind().endsVm();
    }

    /** An OutOfMemoryError leaves a JVM unreliable (a thread bomb's threads live on, other threads may have died). */
    public boolean outOfMemory() {
        return worst().outOfMemory();
    }
}
