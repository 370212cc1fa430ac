// System.in in a cell through a real Jupyter client: input_request answered, ■ while waiting, a client without stdin.
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
    void interrupt_while_the_cell_waits_for_input_ends_it_and_the_next_cell_runs() throws Exception {
        KernelClient.Cell cell = kernel.executeWithInput("new Scanner(System.in).nextLine()", List.of(),
                Duration.ofSeconds(2));
        assertThat(cell.ename()).as(cell.toString()).isEqualTo("Interrupted");
        assertThat(cell.inputRequests()).isEqualTo(1);
        assertThat(kernel.executeWithInput("new Scanner(System.in).nextLine().length()", List.of("four"), null).text())
                .isEqualTo("4");
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
