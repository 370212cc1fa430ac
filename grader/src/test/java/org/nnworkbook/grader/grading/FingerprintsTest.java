// Fingerprints: a rebuilt jar of the same classes matches, a changed class does not; copies count in a submission.
package org.nnworkbook.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FingerprintsTest {
    @TempDir
    Path dir;

    Path jar(String name, long time, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setLastModifiedTime(FileTime.fromMillis(time));
                zip.putNextEntry(entry);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    @Test
    void the_same_classes_built_at_another_time_fingerprint_alike_and_a_changed_class_does_not() throws IOException {
        Map<String, String> classes = Map.of("a/A.class", "cafe", "META-INF/maven/g/a/pom.properties", "#built at 10:00");
        Path monday = jar("monday.jar", 1_000_000_000_000L, classes);
        Path tuesday = jar("tuesday.jar", 1_000_086_400_000L, Map.of("a/A.class", "cafe",
                "META-INF/maven/g/a/pom.properties", "#built at 11:00"));
        Path changed = jar("changed.jar", 1_000_000_000_000L, Map.of("a/A.class", "babe",
                "META-INF/maven/g/a/pom.properties", "#built at 10:00"));

        assertThat(Fingerprints.sha256(monday)).isNotEqualTo(Fingerprints.sha256(tuesday));
        assertThat(Fingerprints.jarContent(monday)).isEqualTo(Fingerprints.jarContent(tuesday));
        assertThat(Fingerprints.jarContent(changed)).isNotEqualTo(Fingerprints.jarContent(monday));
    }

    @Test
    void a_submission_changes_with_its_notebook_and_with_the_copies_the_grader_chooses_from() throws IOException {
        Path notebook = Files.writeString(dir.resolve("04.ipynb"), "{}");
        Path copy = Files.writeString(dir.resolve("04 (1).ipynb"), "{\"a\": 1}");
        String alone = Fingerprints.submission(new Submissions.Entry("ada", notebook));
        String withCopy = Fingerprints.submission(new Submissions.Entry("ada", notebook, List.of(copy)));

        assertThat(Fingerprints.submission(new Submissions.Entry("ada", notebook))).isEqualTo(alone);
        assertThat(withCopy).isNotEqualTo(alone);
        Files.writeString(copy, "{\"a\": 2}");
        assertThat(Fingerprints.submission(new Submissions.Entry("ada", notebook, List.of(copy)))).isNotEqualTo(withCopy);
        Files.writeString(notebook, "{ }");
        assertThat(Fingerprints.submission(new Submissions.Entry("ada", notebook))).isNotEqualTo(alone);
    }
}
