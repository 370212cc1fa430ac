// The points a hidden test awards when it passes (all or nothing per test; partial credit comes from several tests).
package org.nnworkbook.grader.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Points {
    double value();
}
