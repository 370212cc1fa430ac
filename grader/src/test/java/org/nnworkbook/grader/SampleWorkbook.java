// Test fixture: the bundled sample assignment in a temporary workbook, notebook editing helpers and a CLI runner.
package org.nnworkbook.grader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnworkbook.grader.bench.SampleAssignment;
import org.nnworkbook.grader.cli.GraderCli;

/** The submissions the tests write are the instructor notebook or its student version, edited. */
public final class SampleWorkbook {
    static final ObjectMapper JSON = new ObjectMapper();

    public final Path root;
    public final Path instructor;
    public final Path testsDir;
    public final Path studentVersion;

    private SampleWorkbook(Path root, Path instructor, Path studentVersion) {
        this.root = root;
        this.instructor = instructor;
        this.testsDir = root.resolve("grader/assignments/" + SampleAssignment.ID);
        this.studentVersion = studentVersion;
    }

    /** Extracts the sample and releases its student version into root/released. */
    public static SampleWorkbook create(Path root) throws IOException {
        Path instructor = SampleAssignment.extractTo(root);
        CliRun release = cli("release", instructor.toString(), "--out", root.resolve("released").toString());
        if (release.exitCode() != 0) {
            throw new IllegalStateException("the sample does not release: " + release.err());
        }
        return new SampleWorkbook(root, instructor, root.resolve("released").resolve(instructor.getFileName()));
    }

    public ObjectNode instructorJson() throws IOException {
        return (ObjectNode) JSON.readTree(instructor.toFile());
    }

    public ObjectNode blankJson() throws IOException {
        return (ObjectNode) JSON.readTree(studentVersion.toFile());
    }

    public static ObjectNode cell(ObjectNode notebook, String gradeId) {
        for (JsonNode cell : notebook.get("cells")) {
            if (gradeId.equals(cell.path("metadata").path("nbgrader").path("grade_id").asText(null))) {
                return (ObjectNode) cell;
            }
        }
        throw new IllegalArgumentException("no cell " + gradeId);
    }

    public static ObjectNode withSource(ObjectNode notebook, String gradeId, String source) {
        cell(notebook, gradeId).put("source", source);
        return notebook;
    }

    /** Adds an ordinary code cell (no nbgrader metadata) right after the cell with this grade_id. */
    public static ObjectNode withCellAfter(ObjectNode notebook, String gradeId, String source) {
        ArrayNode cells = (ArrayNode) notebook.get("cells");
        for (int i = 0; i < cells.size(); i++) {
            if (gradeId.equals(cells.get(i).path("metadata").path("nbgrader").path("grade_id").asText(null))) {
                cells.insert(i + 1, codeCell(source));
                return notebook;
            }
        }
        throw new IllegalArgumentException("no cell " + gradeId);
    }

    public static ObjectNode without(ObjectNode notebook, String gradeId) {
        ArrayNode cells = (ArrayNode) notebook.get("cells");
        for (int i = 0; i < cells.size(); i++) {
            if (gradeId.equals(cells.get(i).path("metadata").path("nbgrader").path("grade_id").asText(null))) {
                cells.remove(i);
                return notebook;
            }
        }
        throw new IllegalArgumentException("no cell " + gradeId);
    }

    public static ObjectNode codeCell(String source) {
        ObjectNode cell = JSON.createObjectNode();
        cell.put("cell_type", "code");
        cell.putNull("execution_count");
        cell.putObject("metadata");
        cell.putArray("outputs");
        cell.put("source", source);
        return cell;
    }

    public static void write(ObjectNode notebook, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writeValueAsString(notebook), StandardCharsets.UTF_8);
    }

    /** Runs the grader's command line in this JVM. */
    public static CliRun cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GraderCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    public record CliRun(int exitCode, String out, String err) {
    }

    /** grade with short limits; extra arguments come last and win. */
    public GradeRun grade(Path submissions, Path out, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("grade", "--assignment", instructor.toString(),
                "--submissions", submissions.toString(), "--out", out.toString(),
                "--cell-timeout", "8s", "--test-timeout", "8s", "--memory", "256m"));
        args.addAll(List.of(extra));
        CliRun run = cli(args.toArray(String[]::new));
        Path csv = out.resolve("grades.csv");
        String text = Files.exists(csv) ? Files.readString(csv) : "";
        return new GradeRun(run, text, parseCsv(text), out);
    }

    public record GradeRun(CliRun cli, String csv, Map<String, Row> rows, Path out) {
        public Row row(String submission) {
            Row row = rows.get(submission);
            if (row == null) {
                throw new AssertionError("no grades.csv row for " + submission + " in:\n" + csv + "\n" + cli.err());
            }
            return row;
        }

        public String feedback(String submission) throws IOException {
            return Files.readString(out.resolve("feedback").resolve(submission + ".html"));
        }

        public JsonNode results(String submission) throws IOException {
            return JSON.readTree(out.resolve("results").resolve(submission + ".json").toFile());
        }
    }

    public record Row(String submission, double points, double maxPoints, String status, String message) {
    }

    /** A small RFC 4180 reader: enough for grades.csv, header checked by the tests themselves. */
    static Map<String, Row> parseCsv(String text) {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        for (List<String> r : records.subList(Math.min(1, records.size()), records.size())) {
            rows.put(r.get(0), new Row(r.get(0), Double.parseDouble(r.get(1)), Double.parseDouble(r.get(2)), r.get(3), r.get(4)));
        }
        return rows;
    }
}
