// When students on Gradescope see a hidden test's result: put it on a test method or on its class.
package org.nnworkbook.grader.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @Visibility(Visibility.Level.AFTER_PUBLISHED)} on a test method, or on its class for
 * every test in it (a method's own annotation wins). Without one a test is {@code VISIBLE}. The
 * level goes into the test's {@code visibility} in results.json; the grader's own feedback pages
 * (for instructors) show every test.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Visibility {
    Level value();

    /** Gradescope's visibility settings of one test, from always shown to never shown. */
    enum Level {
        /** Shown as soon as the submission is graded. */
        VISIBLE("visible"),
        /** Shown once the assignment's due date (or the student's late due date) has passed. */
        AFTER_DUE_DATE("after_due_date"),
        /** Shown once the instructor publishes the grades. */
        AFTER_PUBLISHED("after_published"),
        /** Never shown to students (its points still count). */
        HIDDEN("hidden");

        private final String id;

        Level(String id) {
            this.id = id;
        }

        /** The value Gradescope reads, e.g. "after_published". */
        public String id() {
            return id;
        }
    }
}
