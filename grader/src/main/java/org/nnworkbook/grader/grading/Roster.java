// --roster roster.csv: which student each submission name belongs to, for an LMS import of grades.csv.
package org.nnworkbook.grader.grading;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file with a header line naming its columns, in any order, case and spacing ignored:
 * {@code submission} (required: the submission's name as grades.csv writes it, e.g. alice for
 * alice.ipynb or submitted/alice/), {@code student_id} and {@code email} (optional, may be
 * empty). Other columns are ignored; a UTF-8 byte order mark (Excel's) is skipped. Every
 * submission name appears once.
 */
public record Roster(Path file, Map<String, Student> students) {
    public static final List<String> COLUMNS = List.of("submission", "student_id", "email");

    public record Student(String submission, String studentId, String email) {
    }

    /** @throws IllegalArgumentException saying which line is wrong and how to fix it */
    public static Roster read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--roster " + file + " is not a file");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CsvMapper mapper = new CsvMapper();
        Map<String, Student> students = new LinkedHashMap<>();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            List<String> header = null;
            while (rows.hasNextValue()) {
                Map<String, String> raw = rows.nextValue();
                Map<String, String> row = new LinkedHashMap<>();
                raw.forEach((column, value) -> row.put(column.strip().toLowerCase(Locale.ROOT), value == null ? "" : value.strip()));
                if (header == null) {
                    header = List.copyOf(row.keySet());
                    if (!header.contains("submission")) {
                        throw new IllegalArgumentException(file + ": the header must name a 'submission' column (accepted: "
                                + String.join(",", COLUMNS) + "); it has: " + String.join(",", raw.keySet()));
                    }
                }
                long line = rows.getCurrentLocation().getLineNr();
                String name = row.getOrDefault("submission", "");
                if (name.isEmpty()) {
                    throw new IllegalArgumentException(file + " line " + line + ": the submission column is empty");
                }
                String safe = Submissions.safe(name);
                Student student = new Student(safe, row.getOrDefault("student_id", ""), row.getOrDefault("email", ""));
                if (students.putIfAbsent(safe, student) != null) {
                    throw new IllegalArgumentException(file + " line " + line + ": submission '" + name
                            + "' is listed twice; keep one line per submission");
                }
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException(file + ": not a CSV file this grader can read (" + e.getOriginalMessage()
                    + "); write a header line such as " + String.join(",", COLUMNS), e);
        }
        if (students.isEmpty()) {
            throw new IllegalArgumentException(file + ": no students; write a header line such as "
                    + String.join(",", COLUMNS) + " and one line per submission");
        }
        return new Roster(file, Map.copyOf(students));
    }

    /** Graded submissions the roster does not know, in the given order. */
    public List<String> unknown(Collection<String> names) {
        return names.stream().filter(name -> !students.containsKey(name)).toList();
    }

    /** Roster entries without a submission among the given names, sorted. */
    public List<Student> without(Collection<String> names) {
        return students.values().stream().filter(s -> !names.contains(s.submission()))
                .sorted(java.util.Comparator.comparing(Student::submission)).toList();
    }
}
