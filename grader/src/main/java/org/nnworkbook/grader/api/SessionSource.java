// The grader's side of @GradeId: where a hidden test's Session comes from. Implemented by the grader, not by tests.
package org.nnworkbook.grader.api;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Hidden tests compile against this package alone, so the grader hands them its sessions through this
 * interface: each JUnit run it starts names its implementation (a public class with a public no-argument
 * constructor) in the configuration parameter {@value #CLASS_KEY}. Several submissions are graded at once,
 * each in its own run, so an implementation finds the session from the run's own configuration.
 */
public interface SessionSource {
    /** The JUnit configuration parameter that names the implementing class. */
    String CLASS_KEY = "nnworkbook.grader.session.source";

    /** The session of the submission the run of {@code context} grades; null when the run has none. */
    Session session(ExtensionContext context);

    /** Called before each test of a {@link GradeId} class: that test's time budget and ✔/✘ lines start now. */
    void beginTest(ExtensionContext context);
}
