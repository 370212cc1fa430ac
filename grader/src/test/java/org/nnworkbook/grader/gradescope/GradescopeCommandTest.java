// nn-grader gradescope: what goes into the zip, with which modes, and what stops it.
package org.nnworkbook.grader.gradescope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnworkbook.grader.SampleWorkbook;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GradescopeCommandTest {
    @TempDir
    Path dir;

    private SampleWorkbook.CliRun gradescope(SampleWorkbook workbook, Path jar, Path zip) {
        return SampleWorkbook.cli("gradescope", "--assignment", workbook.instructor.toString(),
                "--out", zip.toString(), "--grader-jar", jar.toString());
    }

    @Test
    void the_zip_holds_executable_scripts_the_tests_without_answers_the_notebook_and_the_classpath() throws IOException {
        SampleWorkbook workbook = SampleWorkbook.create(dir.resolve("workbook"));
        Files.writeString(Files.createDirectories(workbook.testsDir.resolve("answers/relu")).resolve("wrong.jsh"), "0");
        Path jar = Files.writeString(dir.resolve("nn-grader.jar"), "the grader");
        Path zip = dir.resolve("out/autograder.zip");
        SampleWorkbook.CliRun run = gradescope(workbook, jar, zip);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + zip).contains("Upload it as the autograder");

        Map<String, Integer> modes = new TreeMap<>();
        Map<String, String> texts = new TreeMap<>();
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                modes.put(entry.getName(), entry.getUnixMode() & 0777);
                if (entry.getSize() < 100_000) {
                    try (InputStream in = file.getInputStream(entry)) {
                        texts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertThat(modes).containsEntry("setup.sh", 0755).containsEntry("run_autograder", 0755)
                .containsEntry("workbook/grader/assignments/sample-activations/ReluTest.java", 0644)
                .containsKey("workbook/notebooks/sample-activations.ipynb")
                .containsKey("workbook/lib/target/nn-lib.jar");
        assertThat(modes.keySet()).noneMatch(name -> name.contains("/answers/"));
        assertThat(modes.keySet()).anyMatch(name -> name.startsWith("workbook/kernel/target/classpath/") && name.endsWith(".jar"));
        assertThat(texts.get("workbook/grader/nn-grader.jar")).isEqualTo("the grader");
        assertThat(texts.get("run_autograder")).startsWith("#!/usr/bin/env bash")
                .contains("notebooks/sample-activations.ipynb").contains("--run-as nnstudent").doesNotContain("@");
        assertThat(texts.get("setup.sh")).contains("VM_USER=nnstudent").contains("openjdk-17-jdk-headless");
    }

    @Test
    void an_assignment_with_problems_writes_no_zip() throws IOException {
        SampleWorkbook workbook = SampleWorkbook.create(dir.resolve("workbook"));
        Path relu = workbook.testsDir.resolve("ReluTest.java");
        Files.writeString(relu, Files.readString(relu).replace("@Points(1)\n    void relu_on_hidden_inputs",
                "@Points(5)\n    void relu_on_hidden_inputs"));
        Path zip = dir.resolve("autograder.zip");
        SampleWorkbook.CliRun run = gradescope(workbook, Files.writeString(dir.resolve("g.jar"), "x"), zip);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("check_relu").contains("no zip was written");
        assertThat(zip).doesNotExist();
    }

    @Test
    void a_missing_grader_jar_says_how_to_build_it() throws IOException {
        SampleWorkbook workbook = SampleWorkbook.create(dir.resolve("workbook"));
        SampleWorkbook.CliRun run = gradescope(workbook, dir.resolve("nowhere.jar"), dir.resolve("autograder.zip"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no grader jar at").contains("./workbook build");
    }
}
