package org.nnworkbook.check;

/** Thrown by {@link SelfCheck#report()} when a check failed, so the notebook cell shows as failed. */
public final class SelfCheckFailed extends AssertionError {
    private static final long serialVersionUID = 1L;

    SelfCheckFailed(String message) {
        super(message);
    }
}
