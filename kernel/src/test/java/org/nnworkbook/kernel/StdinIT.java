// System.in in a cell through a real Jupyter client: input_request answered, ■ while waiting (never a restart), no stdin.
package org.nnworkbook.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StdinIT {
    /**
     * ■ during a read once restarted the VM in about 1 try in 10 here (two stops raced, and the
     * second hit the kernel's next snippet): 40 tries miss that with a chance of about 1 in 70, at
     * well under a second each.
     */
    private static final int TRIES = 40;
    private static KernelClient kernel;

    @BeforeAll
    static void start() throws Exception {
        kernel = KernelClient.start(Path.of(System.getProperty("java.home")), "");
    }

    @AfterAll
    static void stop() throws Exception {
        kernel.close();
    }

    @Test
    void a_line_read_from_System_in_is_what_the_student_typed_after_the_printed_prompt() throws Exception {
        KernelClient.Cell cell = kernel.executeWithInput("var in = new Scanner(System.in);\n"
                + "System.out.print(\"Your name: \");\n\"Hello \" + in.nextLine()", List.of("Ada Lovelace"), null);
        assertThat(cell.text()).isEqualTo("\"Hello Ada Lovelace\"");
        assertThat(cell.stream()).isEqualTo("Your name: ");
        assertThat(cell.inputRequests()).isEqualTo(1);

        // Two numbers on one line are one question; the Scanner made above keeps reading.
        KernelClient.Cell numbers = kernel.executeWithInput("in.nextInt() * in.nextInt()", List.of("6 7"), null);
        assertThat(numbers.text()).isEqualTo("42");
        assertThat(numbers.inputRequests()).isEqualTo(1);
    }

    @Test
    void interrupt_while_the_cell_waits_for_input_ends_it_and_keeps_the_variables_every_time() throws Exception {
        kernel.execute("int kept = 41;");
        for (int i = 0; i < TRIES; i++) {
            // ■ at several moments after the question: the kernel looks at a pending one every 20 ms.
            Duration delay = Duration.ofMillis(i % 5 * 10);
            KernelClient.Cell cell = kernel.executeWithInput("new Scanner(System.in).nextLine()", List.of(), 1, delay);
            assertThat(cell.errorText()).as("try %d: %s", i, cell).isEqualTo(StudentMessages.INTERRUPTED);
            assertThat(cell.inputRequests()).isEqualTo(1);
            assertThat(kernel.execute("kept + 1").text()).as("try %d: the cell after ■", i).isEqualTo("42");
        }
        // Nothing of the questions given up on is left for the next read.
        KernelClient.Cell next = kernel.executeWithInput("new Scanner(System.in).nextLine().length()", List.of("four"),
                null);
        assertThat(next.text()).isEqualTo("4");
        assertThat(next.inputRequests()).isEqualTo(1);
    }

    @Test
    void interrupt_as_the_answer_arrives_ends_the_cell_or_lets_it_finish_and_keeps_the_variables() throws Exception {
        kernel.execute("int kept = 41;");
        for (int i = 0; i < TRIES / 4; i++) {
            KernelClient.Cell cell = kernel.executeWithInput("new Scanner(System.in).nextLine()", List.of("typed"), 1,
                    Duration.ofMillis(i % 3));
            if (cell.error().isPresent()) {
                assertThat(cell.errorText()).as("try %d: %s", i, cell).isEqualTo(StudentMessages.INTERRUPTED);
            } else {
                assertThat(cell.text()).as("try %d: %s", i, cell).isEqualTo("\"typed\"");
            }
            assertThat(kernel.execute("kept + 1").text()).as("try %d: the cell after ■", i).isEqualTo("42");
        }
    }

    @Test
    void interrupt_at_the_second_line_a_cell_reads_keeps_the_first_and_asks_anew_next_time() throws Exception {
        kernel.execute("int kept = 41;");
        KernelClient.Cell cell = kernel.executeWithInput("var lines = new Scanner(System.in);\n"
                + "System.out.println(\"first: \" + lines.nextLine());\n"
                + "lines.nextLine()", List.of("one"), 2, Duration.ofMillis(20));
        assertThat(cell.errorText()).as(cell.toString()).isEqualTo(StudentMessages.INTERRUPTED);
        assertThat(cell.stream()).isEqualTo("first: one\n");
        assertThat(cell.inputRequests()).isEqualTo(2);
        assertThat(kernel.execute("kept + 1").text()).isEqualTo("42");
        // A Scanner stopped in the middle of a read is broken (its buffer is left half updated): the error says
        // to make a new one.
        KernelClient.Cell broken = kernel.executeWithInput("lines.nextLine()", List.of("three"), null);
        assertThat(broken.errorText()).as(broken.toString()).contains("IndexOutOfBoundsException")
                .contains(StudentMessages.brokenScannerHint());
        KernelClient.Cell next = kernel.executeWithInput("new Scanner(System.in).nextLine()", List.of("two"), null);
        assertThat(next.text()).isEqualTo("\"two\"");
        assertThat(next.inputRequests()).isEqualTo(1);
    }

    @Test
    void a_cell_that_read_part_of_a_line_leaves_later_reads_asking() throws Exception {
        KernelClient.Cell one = kernel.executeWithInput("(char) System.in.read()", List.of("yes"), null);
        assertThat(one.text()).isEqualTo("'y'");
        // Once, this read and every later one waited for ever without asking.
        KernelClient.Cell later = kernel.executeWithInput("new Scanner(System.in).nextLine()", List.of("no"), null);
        assertThat(later.inputRequests()).as(later.toString()).isEqualTo(1);
        assertThat(later.text()).isEqualTo("\"no\"");
    }

    @Test
    void a_client_that_allows_no_input_gets_an_error_that_says_why_not_a_wait() throws Exception {
        KernelClient.Cell cell = kernel.execute("new java.io.BufferedReader(new java.io.InputStreamReader(System.in))"
                + ".readLine()");
        assertThat(cell.status()).isEqualTo("error");
        assertThat(cell.stream()).contains(StudentMessages.NO_INPUT);
        assertThat(cell.errorText()).contains("IOException").contains(StudentMessages.NO_INPUT);
        assertThat(kernel.execute("1 + 1").text()).isEqualTo("2");
    }
}
