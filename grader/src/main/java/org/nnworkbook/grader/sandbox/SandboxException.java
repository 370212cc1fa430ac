// The sandbox cannot be set up; the message says why and what to install or change.
package org.nnworkbook.grader.sandbox;

public final class SandboxException extends Exception {
    public SandboxException(String message) {
        super(message);
    }
}
