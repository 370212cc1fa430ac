// Runs an assignment's hidden tests against one submission with the JUnit Platform Launcher.
package org.nnworkbook.grader.grading;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.nnworkbook.grader.api.CheckFailure;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.SessionSource;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.assignment.HiddenTests.HiddenTest;
import org.nnworkbook.grader.notebook.Cell;
import org.nnworkbook.grader.report.CheckMessages;
import org.nnworkbook.grader.result.Status;
import org.nnworkbook.grader.result.TestResult;

/**
 * Every hidden test yields a result, also the ones JUnit never started (a class that failed to
 * initialise): those score 0 as "not run". A failure's message reaches the student only when it
 * is a {@link CheckFailure}; anything else could quote the expected value.
 */
final class HiddenTestRunner {
    private HiddenTestRunner() {
    }

    /**
     * @param safetyNet how long a test may take before JUnit stops it: the submission's overall limit
     * @param gradeIds  the grade cells whose tests run (the others are left out of the results)
     */
    static List<TestResult> run(Assignment assignment, StudentSession session, Duration safetyNet, Set<String> gradeIds) {
        Map<String, TestExecutionResult> outcomes = new ConcurrentHashMap<>();
        Map<String, String> ids = new ConcurrentHashMap<>();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest() && test.getSource().orElse(null) instanceof MethodSource source) {
                    String key = source.getClassName() + "#" + source.getMethodName();
                    outcomes.put(key, result);
                    ids.put(key, test.getUniqueId());
                }
            }
        };
        String key = HiddenTestSessions.register(session);
        try {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(assignment.tests().testClasses().stream()
                            .filter(c -> gradeIds.contains(c.getAnnotation(GradeId.class).value()))
                            .map(c -> selectClass(c)).toList())
                    .configurationParameter(SessionSource.CLASS_KEY, HiddenTestSessions.class.getName())
                    .configurationParameter(HiddenTestSessions.SESSION_KEY, key)
                    // A safety net for a test that hangs in its own code; student code is bounded by the session,
                    // and a test may first wait for a VM restart that replays the notebook, bounded by the overall limit.
                    .configurationParameter("junit.jupiter.execution.timeout.default", (safetyNet.toSeconds() + 30) + " s")
                    .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                    .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                    .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                    .configurationParameter("junit.jupiter.testmethod.order.default",
                            "org.junit.jupiter.api.MethodOrderer$MethodName")
                    .configurationParameter("junit.jupiter.testclass.order.default", NotebookClassOrder.class.getName())
                    .configurationParameter(NotebookClassOrder.ORDER_KEY, String.join(",",
                            assignment.gradeCells().stream().map(Cell::gradeId).toList()))
                    .build();
            Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                    .enableTestExecutionListenerAutoRegistration(false)
                    .enableLauncherSessionListenerAutoRegistration(false)
                    .enablePostDiscoveryFilterAutoRegistration(false)
                    .build());
            launcher.execute(request, listener);
        } finally {
            HiddenTestSessions.unregister(key);
        }
        List<TestResult> results = new ArrayList<>();
        for (HiddenTest test : inNotebookOrder(assignment)) {
            if (!gradeIds.contains(test.gradeId())) {
                continue;
            }
            String testKey = test.className() + "#" + test.methodName();
            TestExecutionResult outcome = outcomes.get(testKey);
            String uniqueId = ids.get(testKey);
            List<String> lines = new ArrayList<>(uniqueId == null ? List.of() : session.linesOf(uniqueId));
            boolean passed = outcome != null && outcome.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
            if (!passed) {
                lines.add(failureLine(test, outcome));
            }
            results.add(new TestResult(test.gradeId(), assignment.exercises().titleOf(test.gradeId()), test.displayName(), passed ? test.points() : 0, test.points(),
                    passed, lines, uniqueId != null && session.timedOut(uniqueId)));
        }
        return results;
    }

    private static String failureLine(HiddenTest test, TestExecutionResult outcome) {
        if (outcome == null) {
            return CheckMessages.failed(test.displayName(), "not run");
        }
        Throwable thrown = outcome.getThrowable().orElse(null);
        if (thrown instanceof CheckFailure) {
            return thrown.getMessage();
        }
        if (thrown instanceof java.util.concurrent.TimeoutException) {
            return CheckMessages.failed(test.displayName(), "the test did not finish in time");
        }
        if (thrown instanceof AssertionError) {
            return CheckMessages.failed(test.displayName(), "wrong result (the hidden test's details are not shown)");
        }
        return CheckMessages.failed(test.displayName(), "the hidden test could not check your code"
                + (thrown == null ? "" : " (" + thrown.getClass().getSimpleName() + ")"));
    }

    /** Tests of the first grade cell first, then as HiddenTests lists them (by class and method name): the order they ran in. */
    private static List<HiddenTest> inNotebookOrder(Assignment assignment) {
        List<String> order = assignment.gradeCells().stream().map(Cell::gradeId).toList();
        List<HiddenTest> tests = new ArrayList<>(assignment.tests().tests());
        tests.sort(Comparator.comparingInt(t -> order.indexOf(t.gradeId())));
        return tests;
    }
}
