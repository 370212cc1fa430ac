// The grader's SessionSource: which StudentSession each hidden-test run (one per submission) grades.
package org.nnworkbook.grader.grading;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.SessionSource;

/**
 * Several submissions are graded at once (--jobs), each through its own launcher run; the run's
 * configuration parameter {@value #SESSION_KEY} names its session in a registry, so tests never
 * see another submission's session. JUnit makes an instance from the class name in
 * {@link SessionSource#CLASS_KEY}, hence the public constructor and the static registry.
 */
public final class HiddenTestSessions implements SessionSource {
    static final String SESSION_KEY = "nnworkbook.grader.session";
    private static final Map<String, StudentSession> SESSIONS = new ConcurrentHashMap<>();

    static String register(StudentSession session) {
        String key = UUID.randomUUID().toString();
        SESSIONS.put(key, session);
        return key;
    }

    static void unregister(String key) {
        SESSIONS.remove(key);
    }

    @Override
    public StudentSession session(ExtensionContext context) {
        return context.getConfigurationParameter(SESSION_KEY).map(SESSIONS::get).orElse(null);
    }

    @Override
    public void beginTest(ExtensionContext context) {
        GradeId gradeId = context.getRequiredTestClass().getAnnotation(GradeId.class);
        session(context).beginTest(context.getUniqueId(), gradeId == null ? "" : gradeId.value());
    }
}
