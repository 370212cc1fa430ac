// System.exit, halt, out of memory, deep recursion, a thread bomb: the kernel lives and says what happened.
package org.nnworkbook.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class VmDeathIT {
    private static KernelClient kernel;

    @BeforeAll
    static void start() throws Exception {
        kernel = KernelClient.start();
    }

    @AfterAll
    static void stop() throws Exception {
        kernel.close();
    }

    @Test
    void system_exit_restarts_the_vm_and_says_so_with_the_code() throws Exception {
        kernel.execute("int before = 1;");
        KernelClient.Cell cell = kernel.execute("System.exit(3);");
        assertThat(cell.errorText()).isEqualTo(StudentMessages.exited(3) + "\n" + StudentMessages.RESTARTED);
        assertThat(kernel.execute("1 + 1").text()).isEqualTo("2");
        assertThat(kernel.execute("before").errorText()).contains("cannot find symbol");
    }

    @Test
    void runtime_halt_restarts_the_vm_and_says_so() throws Exception {
        KernelClient.Cell cell = kernel.execute("Runtime.getRuntime().halt(1);");
        assertThat(cell.errorText()).isEqualTo(StudentMessages.vmGone("sudden") + "\n" + StudentMessages.RESTARTED);
        assertThat(kernel.execute("1 + 1").text()).isEqualTo("2");
    }

    @Test
    void imports_survive_a_restart() throws Exception {
        kernel.execute("import java.awt.Color;");
        kernel.execute("System.exit(0);");
        assertThat(kernel.execute("Color.RED.getRed()").text()).isEqualTo("255");
    }

    @Test
    void a_huge_array_is_an_out_of_memory_error_with_a_hint_and_state_kept() throws Exception {
        kernel.execute("int kept = 5;");
        KernelClient.Cell cell = kernel.execute("long[] big = new long[Integer.MAX_VALUE - 8];");
        assertThat(cell.ename()).isEqualTo("OutOfMemoryError");
        assertThat(cell.errorText()).startsWith("java.lang.OutOfMemoryError").endsWith(StudentMessages.outOfMemoryHint());
        assertThat(kernel.execute("kept").text()).isEqualTo("5");
    }

    @Test
    void a_list_that_fills_the_heap_ends_with_a_message_and_the_next_cell_works() throws Exception {
        KernelClient.Cell cell = kernel.execute("List<long[]> hog = new ArrayList<>();\n"
                + "while (true) { hog.add(new long[1_000_000]); }");
        // Either the VM survives (an error with the hint) or it is replaced (and says so): never silence.
        assertThat(cell.errorText()).containsAnyOf(StudentMessages.outOfMemoryHint(), StudentMessages.RESTARTED);
        kernel.execute("hog = null;");
        assertThat(kernel.execute("1 + 1").text()).isEqualTo("2");
    }

    @Test
    void deep_recursion_is_a_stack_overflow_with_a_hint_and_one_frame_line() throws Exception {
        kernel.execute("int kept = 6;");
        KernelClient.Cell cell = kernel.execute("int down(int n) {\n    return down(n + 1) + 1;\n}\ndown(0)");
        assertThat(cell.ename()).isEqualTo("StackOverflowError");
        assertThat(cell.errorText()).startsWith("java.lang.StackOverflowError\n  at line 2 in down():  return down(n + 1) + 1;\n"
                + "  ... the line above ").endsWith(StudentMessages.stackOverflowHint());
        assertThat(kernel.execute("kept").text()).isEqualTo("6");
    }

    @Test
    void a_thread_bomb_leaves_the_kernel_alive_and_the_next_cell_works() throws Exception {
        KernelClient.Cell cell = kernel.execute("while (true) { new Thread(() -> { try { Thread.sleep(600_000); }"
                + " catch (InterruptedException e) { } }).start(); }");
        assertThat(cell.status()).isEqualTo("error");
        assertThat(cell.errorText()).isNotBlank();
        assertThat(kernel.execute("1 + 1").text()).isEqualTo("2");
    }
}
