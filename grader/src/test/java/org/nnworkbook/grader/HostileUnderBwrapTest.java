// The hostile-submission suite with bubblewrap isolation (skipped where bwrap cannot create namespaces).
package org.nnworkbook.grader;

import org.nnworkbook.grader.sandbox.Isolation;

class HostileUnderBwrapTest extends HostileSubmissionsSuite {
    @Override
    Isolation isolation() {
        return Isolation.BWRAP;
    }
}
