// How strongly the execution VM is walled off from the machine, strongest first.
package org.nnworkbook.grader.sandbox;

public enum Isolation {
    /** Linux namespaces and seccomp through bubblewrap. */
    BWRAP("bwrap", "bubblewrap: no network, no new processes, read-only view of the JDK and the"
            + " notebook classpath only, writable scratch folder only"),
    /** The Java security manager (Java 17 to 23), when bwrap is missing or cannot create namespaces. */
    SECURITY_MANAGER("security-manager", "Java security manager: no network, no new processes, reads"
            + " limited to the JDK, the notebook classpath and the scratch folder, writes to the scratch folder only"),
    /** Nothing but the memory cap and the timeouts: only for trusted code. */
    NONE("none", "none beyond the memory cap and timeouts: student code can reach the network and files;"
            + " do not grade untrusted submissions this way");

    private final String id;
    private final String description;

    Isolation(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static Isolation fromId(String id) {
        for (Isolation isolation : values()) {
            if (isolation.id.equals(id)) {
                return isolation;
            }
        }
        throw new IllegalArgumentException("unknown isolation '" + id + "'; use auto, bwrap, security-manager or none");
    }
}
