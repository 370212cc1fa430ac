// The hostile-submission suite with the security-manager fallback (skipped on Java 24+, which has none).
package org.nnworkbook.grader;

import org.nnworkbook.grader.sandbox.Isolation;

class HostileUnderSecurityManagerTest extends HostileSubmissionsSuite {
    @Override
    Isolation isolation() {
        return Isolation.SECURITY_MANAGER;
    }
}
