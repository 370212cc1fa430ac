// How a grade run treats what an earlier run left in its output folder (--only, --fresh, --others, --roster).
package org.nnworkbook.grader.grading;

import java.util.List;

/**
 * @param only         names to regrade, all others kept as they are (empty: grade what is missing or out of date)
 * @param fresh        regrade every submission of the batch, ignoring kept results
 * @param removeOthers delete the results of submissions that are not in this batch (else they stay in grades.csv)
 * @param roster       student ids and emails for grades.csv, or null
 */
public record RunChoices(List<String> only, boolean fresh, boolean removeOthers, Roster roster) {
    public static final RunChoices DEFAULT = new RunChoices(List.of(), false, false, null);
}
