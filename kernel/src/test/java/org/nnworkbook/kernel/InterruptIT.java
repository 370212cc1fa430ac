// Interrupt through a real Jupyter client, on JDK 17 and on Temurin 25: loops and sleeps end, state stays, the VM goes quiet.
package org.nnworkbook.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InterruptIT {
    /** Where CI and this machine have Temurin 25; TEMURIN_25_HOME overrides. */
    static final Path TEMURIN_25 = Path.of(System.getenv().getOrDefault("TEMURIN_25_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64"));
    private static final Duration INTERRUPT_AFTER = Duration.ofSeconds(2);
    /** Generous: the loop must end, not be fast; a shared CI machine is slow. */
    private static final Duration CELL_LIMIT = Duration.ofSeconds(60);

    static Stream<Path> jdks() {
        return Stream.of(Path.of(System.getProperty("java.home")), TEMURIN_25);
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void interrupt_ends_loops_and_sleeps_keeps_state_and_leaves_the_vm_quiet(Path jdk) throws Exception {
        boolean present = Files.isExecutable(jdk.resolve("bin/java"));
        if ("true".equals(System.getenv("CI"))) {
            assertThat(present).as("JDK at %s (CI must test interrupt on it)", jdk).isTrue();
        }
        assumeTrue(present, "no JDK at " + jdk);
        try (KernelClient kernel = KernelClient.start(jdk, "")) {
            assertThat(kernel.execute("int counter = 41;\nint kept = 41;").status()).isEqualTo("ok");

            // The stop may land between ++ and --: counter is 41 or 42 after it, and still there.
            assertInterrupted(kernel.execute("while (true) { counter++; counter--; }", CELL_LIMIT, INTERRUPT_AFTER));
            assertThat(kernel.execute("counter + 1").text()).isIn("42", "43");

            kernel.execute("void spin() { while (true) { counter++; counter--; } }");
            assertInterrupted(kernel.execute("spin();", CELL_LIMIT, INTERRUPT_AFTER));
            assertThat(kernel.execute("kept + 1").text()).isEqualTo("42");

            assertInterrupted(kernel.execute("Thread.sleep(600_000);", CELL_LIMIT, INTERRUPT_AFTER));
            assertThat(kernel.execute("kept").text()).isEqualTo("41");

            ProcessHandle vm = kernel.executionVm();
            assertThat(cpuOver(vm, Duration.ofSeconds(3))).as("execution VM CPU over 3 s after the interrupts")
                    .isLessThan(Duration.ofMillis(300));
        }
    }

    @ParameterizedTest
    @MethodSource("jdks")
    void a_thread_the_cell_started_is_stopped_by_restarting_the_vm(Path jdk) throws Exception {
        assumeTrue(Files.isExecutable(jdk.resolve("bin/java")), "no JDK at " + jdk);
        try (KernelClient kernel = KernelClient.start(jdk, "")) {
            ProcessHandle first = kernel.executionVm();
            kernel.execute("int counter = 0;");
            KernelClient.Cell cell = kernel.execute("new Thread(() -> { while (true) { counter++; } }).start();\n"
                    + "while (true) { }", CELL_LIMIT, INTERRUPT_AFTER);
            assertThat(cell.errorText()).isEqualTo(StudentMessages.STILL_RUNNING + "\n" + StudentMessages.RESTARTED);
            assertThat(first.onExit()).succeedsWithin(Duration.ofSeconds(10));
            assertThat(kernel.execute("1 + 1").text()).isEqualTo("2");
        }
    }

    private static void assertInterrupted(KernelClient.Cell cell) {
        assertThat(cell.ename()).as(cell.toString()).isEqualTo("Interrupted");
        assertThat(cell.errorText()).isEqualTo(StudentMessages.INTERRUPTED);
    }

    static Duration cpuOver(ProcessHandle process, Duration interval) throws InterruptedException {
        Duration before = process.info().totalCpuDuration().orElseThrow();
        Thread.sleep(interval.toMillis());
        return process.info().totalCpuDuration().orElseThrow().minus(before);
    }
}
