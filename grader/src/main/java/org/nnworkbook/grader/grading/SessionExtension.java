// The JUnit extension that hands hidden tests the Session of the submission being graded.
package org.nnworkbook.grader.grading;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Session;

/**
 * Several submissions are graded at once (--jobs), each through its own launcher run; the run's
 * configuration parameter {@value #SESSION_KEY} names its session in a registry, so tests never
 * see another submission's session.
 */
public final class SessionExtension implements ParameterResolver, BeforeEachCallback {
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

    private static StudentSession session(ExtensionContext context) {
        String key = context.getConfigurationParameter(SESSION_KEY).orElse(null);
        StudentSession session = key == null ? null : SESSIONS.get(key);
        if (session == null) {
            throw new ParameterResolutionException("hidden tests run only inside the grader (nn-grader grade)");
        }
        return session;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        GradeId gradeId = context.getRequiredTestClass().getAnnotation(GradeId.class);
        session(context).beginTest(context.getUniqueId(), gradeId == null ? "" : gradeId.value());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Session.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return session(context);
    }
}
