// The JUnit extension behind @GradeId: hands a hidden test the Session of the submission being graded.
package org.nnworkbook.grader.api;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.ReflectionSupport;

/** Asks the run's {@link SessionSource} (named in its configuration) for the session; outside the grader there is none. */
final class SessionExtension implements ParameterResolver, BeforeEachCallback {

    private static SessionSource source(ExtensionContext context) {
        return context.getConfigurationParameter(SessionSource.CLASS_KEY)
                .flatMap(name -> ReflectionSupport.tryToLoadClass(name).toOptional())
                .filter(SessionSource.class::isAssignableFrom)
                .map(type -> (SessionSource) ReflectionSupport.newInstance(type))
                .orElseThrow(SessionExtension::outsideTheGrader);
    }

    private static ParameterResolutionException outsideTheGrader() {
        return new ParameterResolutionException("hidden tests run only inside the grader (nn-grader grade)");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        SessionSource source = source(context);
        if (source.session(context) == null) {
            throw outsideTheGrader();
        }
        source.beginTest(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Session.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Session session = source(context).session(context);
        if (session == null) {
            throw outsideTheGrader();
        }
        return session;
    }
}
