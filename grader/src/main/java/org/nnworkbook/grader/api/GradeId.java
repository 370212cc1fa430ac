// Ties a hidden test class to the grade cell (nbgrader grade_id) whose points it awards.
package org.nnworkbook.grader.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Put it on each hidden test class: {@code @GradeId("check_relu") class ReluTest { ... }}.
 * The points of the class's tests must add up to that grade cell's points. It also lets the
 * class's test methods take a {@link Session} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SessionExtension.class)
public @interface GradeId {
    String value();
}
