// Runs the hidden test classes in the order of their grade cells, the order the report lists them in.
package org.nnworkbook.grader.grading;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.nnworkbook.grader.api.GradeId;

/**
 * JUnit's own class order is deterministic but arbitrary; in notebook order, a submission stopped
 * by its overall time limit keeps the points of the exercises before the cut, as a student would
 * expect. The grade_ids come, in order, in the configuration parameter {@value #ORDER_KEY}.
 */
public final class NotebookClassOrder implements ClassOrderer {
    static final String ORDER_KEY = "nnworkbook.grader.gradeIds";

    @Override
    public void orderClasses(ClassOrdererContext context) {
        List<String> order = context.getConfigurationParameter(ORDER_KEY).map(ids -> List.of(ids.split(","))).orElse(List.of());
        context.getClassDescriptors().sort(Comparator.comparingInt((ClassDescriptor d) -> rank(order, d))
                .thenComparing(d -> d.getTestClass().getName()));
    }

    private static int rank(List<String> order, ClassDescriptor test) {
        int index = test.findAnnotation(GradeId.class).map(id -> order.indexOf(id.value())).orElse(-1);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
