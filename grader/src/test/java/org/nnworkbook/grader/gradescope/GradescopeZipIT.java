// The autograder.zip of a real assignment, unpacked and run in an imitation of Gradescope's machine, on four kinds of submission.
package org.nnworkbook.grader.gradescope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nnworkbook.grader.SampleWorkbook;
import org.nnworkbook.grader.WorkbookHome;

/**
 * The imitation: bubblewrap, run as root as Gradescope's harness is, binds a temporary folder at
 * /autograder (source/ from the zip, submission/, results/), a copy of /etc (setup.sh adds its
 * user there), the host's /usr read-only (with its JDK 17, so setup.sh skips the apt-get part it
 * cannot do here), and keeps only the capabilities Docker gives a container's root (no
 * CAP_SYS_ADMIN). setup.sh runs once, as when Gradescope builds the image; run_autograder runs for
 * each submission, from /autograder/run_autograder. Assignment 02 with its hidden tests, two of
 * them given a visibility. Under CI=true a machine without bwrap or root (sudo -n) fails the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GradescopeZipIT {
    private static final String ID = "02-beyond-linear";
    private static final String USER = "nnstudent";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What Docker leaves a container's root by default (Gradescope runs its autograders in Docker). */
    private static final List<String> DOCKER_CAPABILITIES = List.of("CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FSETID",
            "CAP_FOWNER", "CAP_MKNOD", "CAP_NET_RAW", "CAP_SETGID", "CAP_SETUID", "CAP_SETFCAP", "CAP_SETPCAP",
            "CAP_NET_BIND_SERVICE", "CAP_SYS_CHROOT", "CAP_KILL", "CAP_AUDIT_WRITE");

    Path work;
    Path autograder;
    Path etc;
    String setupOutput;
    final Map<String, JsonNode> results = new LinkedHashMap<>();
    final Map<String, String> stdout = new LinkedHashMap<>();

    @BeforeAll
    void gradeFourSubmissions() throws Exception {
        requireImitation();
        WorkbookHome home = WorkbookHome.locate();
        work = Files.createTempDirectory("nn-gradescope-it-");
        Path tests = copyTestsWithVisibility(home.root().resolve("grader/assignments/" + ID), work.resolve("tests/" + ID));
        Path notebook = home.root().resolve("notebooks/" + ID + ".ipynb");
        Path zip = work.resolve("autograder.zip");
        SampleWorkbook.CliRun built = SampleWorkbook.cli("gradescope", "--assignment", notebook.toString(),
                "--tests", tests.toString(), "--out", zip.toString(), "--grader-jar", Path.of("target/nn-grader.jar").toString(),
                // The instructor's limits travel in the zip; a short cell limit keeps the looping case quick.
                "--cell-timeout", "8s");
        assertThat(built.exitCode()).as(built.err()).isZero();

        autograder = Files.createDirectories(work.resolve("autograder"));
        unzip(zip, Files.createDirectories(autograder.resolve("source")));
        Files.copy(autograder.resolve("source/run_autograder"), autograder.resolve("run_autograder"));
        assertThat(Files.readString(autograder.resolve("run_autograder")))
                .contains("--cell-timeout 8000ms --test-timeout 10000ms --memory 512m --submission-timeout 480000ms");
        etc = work.resolve("etc");
        Process copy = new ProcessBuilder(asRoot(List.of("cp", "-a", "/etc", etc.toString()))).inheritIO().start();
        assertThat(copy.waitFor()).as("copying /etc").isZero();
        Run setup = imitate(List.of("bash", "/autograder/source/setup.sh"));
        setupOutput = setup.output();
        assertThat(setup.exitCode()).as(setupOutput).isZero();

        ObjectNode instructor = (ObjectNode) JSON.readTree(notebook.toFile());
        Path released = work.resolve("released");
        SampleWorkbook.CliRun release = SampleWorkbook.cli("release", notebook.toString(), "--tests", tests.toString(),
                "--out", released.toString());
        assertThat(release.exitCode()).as(release.err()).isZero();

        grade("complete", Map.of(ID + ".ipynb", JSON.writeValueAsBytes(instructor)));
        grade("blank", Map.of(ID + ".ipynb", Files.readAllBytes(released.resolve(ID + ".ipynb"))));
        // Exercise 1 reports who runs it and whether it can read a hidden test; Exercise 3 never ends.
        ObjectNode looping = instructor.deepCopy();
        SampleWorkbook.withSource(looping, "xor_corners", """
                int cornersCorrect(double w1, double w2, double b) {
                    String read;
                    try {
                        read = "" + java.nio.file.Files.readString(java.nio.file.Path.of(
                                "/autograder/source/workbook/grader/assignments/02-beyond-linear/XorCornersTest.java")).length();
                    } catch (Exception | Error e) {
                        read = e.getClass().getSimpleName();
                    }
                    throw new IllegalStateException("user=" + System.getProperty("user.name") + " read=" + read);
                }""");
        SampleWorkbook.withSource(looping, "xor_separator", "while (true) { }");
        grade("looping", Map.of(ID + ".ipynb", JSON.writeValueAsBytes(looping), "notes.txt", "mine".getBytes()));
        grade("invalid", Map.of(ID + ".ipynb", "this is not a notebook".getBytes(StandardCharsets.UTF_8)));
        grade("nothing", Map.of("answers.txt", "42".getBytes(StandardCharsets.UTF_8)));
    }

    @AfterAll
    void removeWork() throws Exception {
        if (work != null) {
            new ProcessBuilder(asRoot(List.of("rm", "-rf", work.toString()))).inheritIO().start().waitFor();
        }
    }

    /** One submission, graded as Gradescope would: fresh submission/ and results/, then run_autograder. */
    private void grade(String name, Map<String, byte[]> files) throws Exception {
        for (String folder : List.of("submission", "results")) {
            new ProcessBuilder(asRoot(List.of("rm", "-rf", autograder.resolve(folder).toString()))).start().waitFor();
            Files.createDirectories(autograder.resolve(folder));
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(autograder.resolve("submission").resolve(file.getKey()), file.getValue());
        }
        Run run = imitate(List.of("/autograder/run_autograder"));
        stdout.put(name, run.output());
        Path json = autograder.resolve("results/results.json");
        assertThat(json).as(name + ": " + run.output()).exists();
        results.put(name, JSON.readTree(json.toFile()));
    }

    private static Map<String, JsonNode> tests(JsonNode results) {
        Map<String, JsonNode> tests = new LinkedHashMap<>();
        results.get("tests").forEach(t -> tests.put(t.get("name").asText(), t));
        return tests;
    }

    private static double maxScore(JsonNode results) {
        double max = 0;
        for (JsonNode test : results.get("tests")) {
            max += test.get("max_score").asDouble();
        }
        return max;
    }

    @Test
    void setup_finds_the_installed_jdk_and_creates_the_user() throws IOException {
        assertThat(setupOutput).contains("setup.sh: using the installed").contains("student code will run as user " + USER);
        assertThat(Files.readString(etc.resolve("passwd"))).contains(USER + ":");
    }

    @Test
    void the_unprivileged_user_cannot_read_the_hidden_tests_or_the_instructor_notebook() throws Exception {
        String workbook = "/autograder/source/workbook/";
        for (String secret : List.of("grader/assignments/" + ID + "/XorCornersTest.java", "notebooks/" + ID + ".ipynb",
                "grader/nn-grader.jar")) {
            Run read = imitate(List.of("setpriv", "--reuid=" + USER, "--regid=" + USER, "--clear-groups", "cat", workbook + secret));
            assertThat(read.exitCode()).as(secret + ": " + read.output()).isNotZero();
            assertThat(read.output()).contains("Permission denied");
        }
        for (String open : List.of("lib/target/nn-lib.jar", "datasets/iris.csv")) {
            Run read = imitate(List.of("setpriv", "--reuid=" + USER, "--regid=" + USER, "--clear-groups",
                    "sh", "-c", "cat " + workbook + open + " > /dev/null"));
            assertThat(read.exitCode()).as(open + ": " + read.output()).isZero();
        }
    }

    @Test
    void a_complete_submission_gets_full_marks_with_exercise_names_and_visibility() {
        JsonNode complete = results.get("complete");
        assertThat(complete.get("score").asDouble()).isEqualTo(maxScore(complete)).isEqualTo(9.0);
        assertThat(complete.get("output").asText()).startsWith("Graded: 9 of 9 points (");
        assertThat(complete.get("extra_data").get("status").asText()).isEqualTo("ok");
        assertThat(complete.get("extra_data").get("isolation").asText()).isIn("bwrap", "security-manager");
        Map<String, JsonNode> tests = tests(complete);
        assertThat(tests.values()).allMatch(t -> t.get("status").asText().equals("passed"));
        assertThat(tests.keySet()).allMatch(n -> n.matches("Exercise \\d.*: .+"));
        assertThat(tests.get("Exercise 1: cornersCorrect: the or line gets three corners right").get("visibility").asText())
                .isEqualTo("hidden");
        assertThat(tests.get("Exercise 1: cornersCorrect: corners correct on hidden lines").get("visibility").asText())
                .isEqualTo("visible");
        assertThat(tests.values()).filteredOn(t -> t.get("tags").get(0).asText().equals("check_collapse"))
                .isNotEmpty().allMatch(t -> t.get("visibility").asText().equals("after_published"));
        assertThat(stdout.get("complete")).contains("student code runs as user " + USER);
    }

    @Test
    void a_blank_submission_scores_zero_on_every_test() {
        JsonNode blank = results.get("blank");
        assertThat(blank.get("score").asDouble()).isZero();
        assertThat(blank.get("extra_data").get("status").asText()).isEqualTo("ok");
        assertThat(tests(blank).keySet()).containsExactlyElementsOf(tests(results.get("complete")).keySet());
        assertThat(blank.get("tests")).allMatch(t -> t.get("status").asText().equals("failed") && t.get("score").asDouble() == 0);
        assertThat(blank.get("output").asText()).startsWith("Graded: 0 of 9 points (0 of ");
    }

    @Test
    void a_looping_submission_times_out_in_its_exercise_and_keeps_the_others() {
        JsonNode looping = results.get("looping");
        assertThat(looping.get("extra_data").get("status").asText()).isEqualTo("timeout");
        assertThat(looping.get("output").asText()).startsWith("Graded until a time limit stopped your code: ");
        for (JsonNode test : looping.get("tests")) {
            String gradeId = test.get("tags").get(0).asText();
            boolean mine = gradeId.equals("check_xor_corners") || gradeId.equals("check_xor_separator");
            assertThat(test.get("status").asText()).as(test.toString()).isEqualTo(mine ? "failed" : "passed");
        }
        assertThat(looping.get("score").asDouble()).isPositive().isLessThan(9.0);
    }

    @Test
    void student_code_runs_as_the_unprivileged_user_and_cannot_read_the_hidden_tests() {
        String corners = tests(results.get("looping")).get("Exercise 1: cornersCorrect: the or line gets three corners right")
                .get("output").asText();
        assertThat(corners).contains("user=" + USER).containsPattern("read=[A-Za-z]+Exception");
    }

    @Test
    void an_invalid_submission_lists_every_test_at_zero_with_the_reason() {
        for (String name : List.of("invalid", "nothing")) {
            JsonNode invalid = results.get(name);
            assertThat(invalid.get("extra_data").get("status").asText()).isEqualTo("invalid");
            assertThat(invalid.get("score").asDouble()).isZero();
            assertThat(maxScore(invalid)).isEqualTo(9.0);
            assertThat(tests(invalid).keySet()).containsExactlyElementsOf(tests(results.get("complete")).keySet());
            assertThat(invalid.get("tests")).allMatch(t -> t.get("output").asText().contains("not run: the notebook could not be graded"));
            assertThat(invalid.get("output").asText()).startsWith("Not graded: ");
        }
        assertThat(results.get("nothing").get("output").asText())
                .contains("no notebook (.ipynb file) was submitted; the submission holds answers.txt");
    }

    // ------------------------------------------------------------------ the imitation

    private record Run(int exitCode, String output) {
    }

    /** Runs a command as root inside the imitation of Gradescope's container (working folder /autograder). */
    private Run imitate(List<String> command) throws Exception {
        List<String> bwrap = new ArrayList<>(List.of("bwrap", "--die-with-parent", "--unshare-pid", "--unshare-ipc",
                "--unshare-uts", "--ro-bind", "/usr", "/usr"));
        for (String top : List.of("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")) {
            Path path = Path.of(top);
            if (Files.isSymbolicLink(path)) {
                bwrap.addAll(List.of("--symlink", Files.readSymbolicLink(path).toString(), top));
            } else if (Files.isDirectory(path)) {
                bwrap.addAll(List.of("--ro-bind", top, top));
            }
        }
        bwrap.addAll(List.of("--bind", etc.toString(), "/etc", "--bind", autograder.toString(), "/autograder",
                "--tmpfs", "/tmp", "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/var", "--dir", "/var/log",
                "--chdir", "/autograder", "--clearenv",
                "--setenv", "PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "--setenv", "HOME", "/root", "--setenv", "LANG", "C.UTF-8", "--cap-drop", "ALL"));
        for (String capability : DOCKER_CAPABILITIES) {
            bwrap.addAll(List.of("--cap-add", capability));
        }
        bwrap.add("--");
        bwrap.addAll(command);
        Process process = new ProcessBuilder(asRoot(bwrap)).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(15, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Gradescope's harness runs as root: so does the imitation, through sudo -n when the tests do not. */
    private static List<String> asRoot(List<String> command) {
        if (isRoot()) {
            return command;
        }
        List<String> sudo = new ArrayList<>(List.of("sudo", "-n"));
        sudo.addAll(command);
        return sudo;
    }

    private static void requireImitation() throws Exception {
        String problem = null;
        if (!System.getProperty("os.name").toLowerCase().contains("linux")) {
            problem = "the imitation of Gradescope needs Linux";
        } else if (new ProcessBuilder("sh", "-c", "command -v bwrap").start().waitFor() != 0) {
            problem = "bwrap is not installed (Debian/Ubuntu: apt-get install bubblewrap)";
        } else if (!isRoot() && new ProcessBuilder("sudo", "-n", "true").start().waitFor() != 0) {
            problem = "the imitation runs as root, as Gradescope does; run the tests as root or with passwordless sudo";
        }
        if ("true".equals(System.getenv("CI"))) {
            Assertions.assertNull(problem, problem + " (.ci/run installs bubblewrap)");
        }
        Assumptions.assumeTrue(problem == null, problem);
    }

    /** The hidden tests of 02, with XorCornersTest's or-line test hidden and the collapse tests shown after publishing. */
    private static Path copyTestsWithVisibility(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
        }
        String level = "org.nnworkbook.grader.api.Visibility(org.nnworkbook.grader.api.Visibility.Level.";
        Path corners = to.resolve("XorCornersTest.java");
        String source = Files.readString(corners);
        String method = "void the_or_line_gets_three_corners_right";
        assertThat(source).contains(method);
        Files.writeString(corners, source.replace(method, "@" + level + "HIDDEN) " + method));
        Path collapse = to.resolve("CollapseTest.java");
        String collapseSource = Files.readString(collapse);
        assertThat(collapseSource).contains("@GradeId(\"check_collapse\")");
        Files.writeString(collapse, collapseSource.replace("@GradeId(\"check_collapse\")",
                "@" + level + "AFTER_PUBLISHED)\n@GradeId(\"check_collapse\")"));
        return to;
    }

    /** Unpacks as Gradescope does, keeping each entry's Unix mode (run_autograder and setup.sh are executable). */
    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(into)).as("zip entry %s stays inside", entry.getName()).isTrue();
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                Files.setPosixFilePermissions(target, permissions(entry.getUnixMode()));
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ ... OTHERS_EXECUTE, high bit first
        for (int i = 0; i < 9; i++) {
            if ((mode & (1 << (8 - i))) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }
}
