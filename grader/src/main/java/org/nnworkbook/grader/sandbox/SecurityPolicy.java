// The Java security policy of an execution VM when bwrap is not available.
package org.nnworkbook.grader.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * JShell's agent and the JDK get every permission; code without one of those code sources, which
 * includes every class a student defines and the notebook library, may read properties, read the
 * JDK, the classpath and the data folders, use its scratch folder and exit. No sockets, no
 * processes, no reflection into private members, no way to replace the security manager.
 * ${nnworkbook.scratch} is set per VM on its command line.
 */
final class SecurityPolicy {
    private SecurityPolicy() {
    }

    static String text(Path agentJar, List<Path> classpath, List<Path> readableData) {
        StringBuilder policy = new StringBuilder();
        policy.append("grant codeBase \"jrt:/jdk.jshell\" { permission java.security.AllPermission; };\n");
        policy.append("grant codeBase \"").append(agentJar.toUri()).append("\" { permission java.security.AllPermission; };\n");
        policy.append("grant {\n");
        policy.append("  permission java.util.PropertyPermission \"*\", \"read\";\n");
        policy.append("  permission java.lang.RuntimePermission \"exitVM.*\";\n");
        policy.append("  permission java.lang.RuntimePermission \"accessDeclaredMembers\";\n");
        policy.append("  permission java.io.FilePermission \"${nnworkbook.scratch}\", \"read\";\n");
        policy.append("  permission java.io.FilePermission \"${nnworkbook.scratch}${/}-\", \"read,write,delete\";\n");
        policy.append("  permission java.io.FilePermission \"${java.home}${/}-\", \"read\";\n");
        for (Path entry : classpath) {
            readable(policy, entry);
        }
        for (Path entry : readableData) {
            readable(policy, entry);
        }
        policy.append("};\n");
        return policy.toString();
    }

    private static void readable(StringBuilder policy, Path entry) {
        String path = escape(entry.toAbsolutePath().toString());
        policy.append("  permission java.io.FilePermission \"").append(path).append("\", \"read\";\n");
        if (Files.isDirectory(entry)) {
            policy.append("  permission java.io.FilePermission \"").append(path).append("${/}-\", \"read\";\n");
        }
    }

    private static String escape(String path) {
        return path.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
