// sha256 fingerprints of what decides a grade: the assignment and grading set-up, and each submission's files.
package org.nnworkbook.grader.grading;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.nnworkbook.grader.assignment.Assignment;
import org.nnworkbook.grader.sandbox.Sandbox;

/**
 * A kept result is reused only while both fingerprints are unchanged. The assignment's covers
 * the instructor notebook, the hidden tests' sources, the grader's own code (its jar), the
 * limits, the isolation and the student classpath (jars by content); not --jobs or --shard, which
 * do not change grades. A submission's covers the notebook graded and its copies (the grader picks
 * among them), by content.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    /** @param testsDir the hidden tests folder in use (the --tests option, or the conventional one) */
    public static String assignment(Assignment assignment, Path testsDir, Sandbox sandbox) throws IOException {
        StringBuilder inputs = new StringBuilder();
        inputs.append("grader ").append(graderCode()).append('\n');
        inputs.append("notebook ").append(sha256(assignment.notebookPath())).append('\n');
        try (Stream<Path> files = Files.walk(testsDir)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                inputs.append("test ").append(testsDir.relativize(source)).append(' ').append(sha256(source)).append('\n');
            }
        }
        inputs.append("limits ").append(sandbox.limits()).append('\n');
        inputs.append("isolation ").append(sandbox.isolation().id()).append('\n');
        for (Path entry : sandbox.classpath()) {
            inputs.append("classpath ").append(entry.getFileName()).append(' ')
                    .append(Files.isRegularFile(entry) ? jarContent(entry) : "folder " + entry).append('\n');
        }
        return sha256(inputs.toString());
    }

    public static String submission(Submissions.Entry entry) throws IOException {
        StringBuilder inputs = new StringBuilder();
        inputs.append(fileOrFolder(entry.file())).append('\n');
        for (Path copy : entry.copies()) {
            inputs.append(copy.getFileName()).append(' ').append(fileOrFolder(copy)).append('\n');
        }
        return sha256(inputs.toString());
    }

    /** A folder without a notebook grades as invalid; adding a notebook to it must regrade it. */
    private static String fileOrFolder(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return sha256(path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            return "folder " + files.map(p -> path.relativize(p).toString()).sorted().toList();
        }
    }

    /** The grader's jar by content; when running from classes (tests, IDE) only their location. */
    private static String graderCode() throws IOException {
        try {
            Path code = Path.of(Fingerprints.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? jarContent(code) : "classes " + code;
        } catch (URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * A jar by what it holds: each entry's name, size and CRC-32 from its central directory (fast: nothing is
     * unpacked), leaving out the times a build stamps and Maven's META-INF/maven/ files. So the same sources built
     * on two machines (the shards of one class) fingerprint alike, and any changed class does not.
     */
    static String jarContent(Path jar) throws IOException {
        StringBuilder content = new StringBuilder();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().filter(e -> !e.getName().startsWith("META-INF/maven/")).sorted(Comparator.comparing(ZipEntry::getName))
                    .forEach(e -> content.append(e.getName()).append(' ').append(e.getSize()).append(' ')
                            .append(Long.toHexString(e.getCrc())).append('\n'));
        } catch (ZipException e) {
            return sha256(jar); // not a zip after all: its bytes
        }
        return sha256(content.toString());
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
