// A grade run's output folder: each submission's results and feedback, and the record that makes them trusted.
package org.nnworkbook.grader.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.nnworkbook.grader.result.Status;
import org.nnworkbook.grader.result.SubmissionResult;

/**
 * Layout: {@code results/NAME.json}, {@code feedback/NAME.html}, {@code grades.csv} and the records
 * {@code .grading/NAME.json}. A record is written last, atomically (temporary file, then rename),
 * after both files; it holds their sha256s, the fingerprints the submission was graded under and
 * its grades.csv row. So a result counts only when its record is complete and its files are
 * exactly those it names: a run killed while writing leaves nothing that is trusted.
 * {@code .grading/batch.txt} lists the submissions the latest run was asked to grade.
 */
public final class RunFolder {
    public static final String RECORDS = ".grading";
    private static final String BATCH = RECORDS + "/batch.txt";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What a record stamps a result with: the assignment's id and {@link Fingerprints#assignment} fingerprint. */
    public record Stamp(String assignment, String fingerprint) {
    }

    /** A trusted result: its grades.csv row and what it was graded under. */
    public record Kept(String name, Stamp stamp, String submissionFingerprint, Status status, double points,
                       double maxPoints, String message, String isolation) {
        /** As a result for grades.csv (tests, notes and cells are in its results and feedback files). */
        public SubmissionResult row() {
            return new SubmissionResult(name, status, points, maxPoints, message, List.of(), List.of(), List.of(), isolation, 0);
        }
    }

    private final Path out;

    public RunFolder(Path out) {
        this.out = out;
    }

    public Path path() {
        return out;
    }

    /** The files of one submission that its record vouches for, relative to the folder, record last. */
    public static List<String> filesOf(String name) {
        return List.of("results/" + name + ".json", "feedback/" + name + ".html", RECORDS + "/" + name + ".json");
    }

    /** Call once the submission's results and feedback files are written. */
    public void record(String submissionFingerprint, SubmissionResult result, Stamp stamp) throws IOException {
        ObjectNode record = JSON.createObjectNode();
        record.put("submission", result.name());
        record.put("assignment", stamp.assignment());
        record.put("assignment_fingerprint", stamp.fingerprint());
        record.put("submission_fingerprint", submissionFingerprint);
        record.put("status", result.status().id());
        record.put("points", result.points());
        record.put("max_points", result.maxPoints());
        record.put("message", result.message());
        record.put("isolation", result.isolation());
        ObjectNode files = record.putObject("files");
        for (String file : filesOf(result.name()).subList(0, 2)) {
            files.put(file, Fingerprints.sha256(out.resolve(file)));
        }
        Files.createDirectories(out.resolve(RECORDS));
        writeAtomically(out.resolve(RECORDS).resolve(result.name() + ".json"), JSON.writeValueAsString(record) + "\n");
    }

    /** Makes a result untrusted before it is graded again, so a run stopped midway regrades it. */
    public void forget(String name) throws IOException {
        Files.deleteIfExists(out.resolve(filesOf(name).get(2)));
    }

    /** Deletes a submission's record first, then its files. */
    public void remove(String name) throws IOException {
        forget(name);
        for (String file : filesOf(name).subList(0, 2)) {
            Files.deleteIfExists(out.resolve(file));
        }
    }

    /** Trusted results by name: complete records whose files still have the sha256s recorded. */
    public SortedMap<String, Kept> kept() throws IOException {
        SortedMap<String, Kept> kept = new TreeMap<>();
        for (String name : names()) {
            Kept result = read(name);
            if (result != null) {
                kept.put(name, result);
            }
        }
        return kept;
    }

    /** Every submission with a file here (results, feedback or record), trusted or not. */
    public SortedSet<String> names() throws IOException {
        SortedSet<String> names = new TreeSet<>();
        names.addAll(stems(out.resolve("results"), ".json"));
        names.addAll(stems(out.resolve("feedback"), ".html"));
        names.addAll(stems(out.resolve(RECORDS), ".json"));
        return names;
    }

    private Kept read(String name) {
        try {
            JsonNode record = JSON.readTree(out.resolve(filesOf(name).get(2)).toFile());
            for (String file : filesOf(name).subList(0, 2)) {
                Path path = out.resolve(file);
                if (!Files.isRegularFile(path) || !Fingerprints.sha256(path).equals(record.path("files").path(file).asText())) {
                    return null;
                }
            }
            if (!name.equals(record.path("submission").asText())) {
                return null;
            }
            return new Kept(name, new Stamp(text(record, "assignment"), text(record, "assignment_fingerprint")),
                    text(record, "submission_fingerprint"),
                    Status.valueOf(text(record, "status").toUpperCase(Locale.ROOT)),
                    number(record, "points"), number(record, "max_points"), text(record, "message"), text(record, "isolation"));
        } catch (IOException | RuntimeException e) {
            return null; // unreadable, half-written or hand-edited: not trusted, so graded again
        }
    }

    private static String text(JsonNode record, String field) {
        JsonNode value = record.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("the record has no " + field);
        }
        return value.asText();
    }

    private static double number(JsonNode record, String field) {
        JsonNode value = record.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("the record has no " + field);
        }
        return value.asDouble();
    }

    private static SortedSet<String> stems(Path dir, String suffix) throws IOException {
        SortedSet<String> stems = new TreeSet<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix) && !n.startsWith("."))
                        .forEach(n -> stems.add(n.substring(0, n.length() - suffix.length())));
            }
        }
        return stems;
    }

    /** Records which submissions the latest run into this folder was asked to grade (what merge expects to find). */
    public void writeBatch(List<String> names) throws IOException {
        Files.createDirectories(out.resolve(RECORDS));
        writeAtomically(out.resolve(BATCH), names.stream().map(name -> name + "\n").collect(Collectors.joining()));
    }

    /** The names {@link #writeBatch} wrote, or null when no grade run wrote any here. */
    public List<String> batch() throws IOException {
        Path file = out.resolve(BATCH);
        return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : null;
    }

    public void writeGrades(String csv) throws IOException {
        writeAtomically(out.resolve("grades.csv"), csv);
    }

    /** Readers see the old file or the new one, never a part. */
    static void writeAtomically(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
