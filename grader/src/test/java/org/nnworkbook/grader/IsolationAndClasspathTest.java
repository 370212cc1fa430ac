// Which isolation is used and said, the fallback when bwrap cannot start, and the classpath student code sees.
package org.nnworkbook.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnworkbook.grader.sandbox.Isolation;
import org.nnworkbook.grader.sandbox.Limits;
import org.nnworkbook.grader.sandbox.Sandbox;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IsolationAndClasspathTest {
    @TempDir
    Path dir;

    @AfterEach
    void forget_the_fake_bwrap() {
        System.clearProperty("nnworkbook.bwrap");
    }

    /** A bwrap that fails the way Ubuntu's does when unprivileged user namespaces are off. */
    private Path failingBwrap() throws IOException {
        Path fake = dir.resolve("bwrap");
        Files.writeString(fake, "#!/bin/sh\necho 'bwrap: setting up uid map: Permission denied' >&2\nexit 1\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        return fake;
    }

    @Test
    void when_bwrap_cannot_create_namespaces_the_grader_falls_back_and_says_why() throws Exception {
        System.setProperty("nnworkbook.bwrap", failingBwrap().toString());
        try (Sandbox sandbox = Sandbox.create(null, Limits.defaults(), List.of(), List.of())) {
            assertThat(sandbox.isolation()).isNotEqualTo(Isolation.BWRAP);
            assertThat(sandbox.summary()).contains("bwrap: bwrap: setting up uid map: Permission denied");
        }
    }

    @Test
    void asking_for_bwrap_where_it_cannot_work_stops_the_run_with_the_reason() throws IOException {
        System.setProperty("nnworkbook.bwrap", failingBwrap().toString());
        SampleWorkbook workbook = SampleWorkbook.create(dir.resolve("workbook"));
        SampleWorkbook.GradeRun run = workbook.grade(workbook.studentVersion, dir.resolve("out"), "--isolation", "bwrap");
        assertThat(run.cli().exitCode()).isEqualTo(2);
        assertThat(run.cli().err()).contains("isolation bwrap does not work on this machine: bwrap: setting up uid map");
    }

    @Test
    void a_graded_run_names_its_isolation_in_its_output_and_in_every_result() throws IOException {
        SampleWorkbook workbook = SampleWorkbook.create(dir.resolve("workbook"));
        SampleWorkbook.GradeRun run = workbook.grade(workbook.studentVersion, dir.resolve("out"), "--isolation", "none");
        assertThat(run.cli().out()).contains("isolation: none (none beyond the memory cap and timeouts");
        assertThat(run.results("sample-activations").path("extra_data").path("isolation").asText()).isEqualTo("none");
        assertThat(run.feedback("sample-activations")).contains("isolation: none");
    }

    @Test
    void jars_given_with_classpath_are_visible_to_student_code() throws IOException {
        SampleWorkbook workbook = SampleWorkbook.create(dir.resolve("workbook"));
        Path jar = helperJar();
        SampleWorkbook.write(SampleWorkbook.withSource(workbook.instructorJson(), "sigmoid",
                "double sigmoid(double x) { return org.example.Activations.sigmoid(x); }"), dir.resolve("subs/uses-jar.ipynb"));

        SampleWorkbook.GradeRun run = workbook.grade(dir.resolve("subs"), dir.resolve("out"), "--classpath", jar.toString());

        assertThat(run.row("uses-jar").points()).as(run.row("uses-jar").message()).isEqualTo(10);
    }

    @Test
    void student_code_loads_the_workbooks_data_sets_under_each_isolation() throws IOException {
        SampleWorkbook workbook = SampleWorkbook.create(dir.resolve("workbook"));
        // Full marks only when the iris file is found and read from inside the execution VM.
        SampleWorkbook.write(SampleWorkbook.withSource(workbook.instructorJson(), "sigmoid",
                "double sigmoid(double x) {\n"
                        + "    int rows = org.nnworkbook.data.Datasets.iris().size();\n"
                        + "    return rows == 150 ? 1.0 / (1.0 + Math.exp(-x)) : rows;\n}"), dir.resolve("subs/iris.ipynb"));

        for (String isolation : List.of("auto", "security-manager")) {
            SampleWorkbook.GradeRun run = workbook.grade(dir.resolve("subs"), dir.resolve("out-" + isolation),
                    "--isolation", isolation);
            assertThat(run.row("iris").points()).as(isolation + ": " + run.row("iris").message()).isEqualTo(10);
            assertThat(run.feedback("iris")).as(isolation).doesNotContain("not found");
        }
    }

    /** A jar with org.example.Activations.sigmoid, compiled here. */
    private Path helperJar() throws IOException {
        Path source = dir.resolve("src/org/example/Activations.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package org.example;\npublic class Activations {\n"
                + "    public static double sigmoid(double x) { return 1.0 / (1.0 + Math.exp(-x)); }\n}\n");
        Path classes = dir.resolve("classes");
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString());
        assertThat(status).isZero();
        Path jar = dir.resolve("activations.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("org/example/Activations.class"));
            try (OutputStream entry = out) {
                Files.copy(classes.resolve("org/example/Activations.class"), entry);
            }
        }
        return jar;
    }
}
