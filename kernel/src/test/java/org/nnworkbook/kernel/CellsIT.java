// What a student sees from cells: bounded live output, errors they can act on, pictures and live displays.
package org.nnworkbook.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CellsIT {
    private static KernelClient kernel;

    @BeforeAll
    static void start() throws Exception {
        // The test classes hold a jjava Extension (testext.SwatchExtension), as a library jar would.
        kernel = KernelClient.start(java.nio.file.Path.of(System.getProperty("java.home")),
                KernelClient.MODULE.resolve("target/test-classes").toString());
    }

    @AfterAll
    static void stop() throws Exception {
        kernel.close();
    }

    @Test
    void a_flood_of_output_keeps_the_beginning_and_the_end_and_says_what_was_dropped() throws Exception {
        KernelClient.Cell cell = kernel.execute("for (int i = 0; i < 2_000_000; i++) System.out.println(\"line \" + i);",
                Duration.ofSeconds(300), null);
        String text = cell.stream();
        assertThat(cell.status()).isEqualTo("ok");
        assertThat(text).startsWith("line 0\nline 1\n").contains("line 1999\n").doesNotContain("line 2000\n")
                .contains("line 1999900\n").endsWith("line 1999999\n")
                .contains("[... 1,997,900 lines (24.9 MB) not shown: the cell printed 2,000,000 lines; the first 2,000"
                        + " and the last 100 are shown ...]");
        long messages = cell.outputs().stream().filter(o -> o.get("type").getAsString().equals("stream"))
                .mapToLong(o -> o.get("messages").getAsLong()).sum();
        assertThat(messages).as("stream messages for 2,000,000 lines").isLessThan(100);
    }

    @Test
    void slow_output_arrives_while_the_cell_runs() throws Exception {
        KernelClient.Cell cell = kernel.execute(
                "for (int i = 0; i < 10; i++) { System.out.println(\"tick \" + i); Thread.sleep(200); }");
        JsonObject stream = cell.outputs().get(0);
        assertThat(cell.stream()).isEqualTo("tick 0\ntick 1\ntick 2\ntick 3\ntick 4\ntick 5\ntick 6\ntick 7\ntick 8\ntick 9\n");
        assertThat(stream.get("messages").getAsInt()).as("separate stream messages (live)").isGreaterThan(1);
        assertThat(stream.get("first_at").getAsDouble()).as("first line before the cell ended")
                .isLessThan(cell.seconds() - 1.0);
    }

    @Test
    void output_without_a_final_newline_is_not_lost() throws Exception {
        assertThat(kernel.execute("System.out.print(\"no newline\");").stream()).isEqualTo("no newline");
    }

    @Test
    void a_compile_error_shows_the_cell_line_the_source_and_a_caret() throws Exception {
        KernelClient.Cell cell = kernel.execute("int a = 1;\n\nint q = \"x\";");
        assertThat(cell.ename()).isEqualTo("CompileError");
        assertThat(cell.errorText()).isEqualTo("error: incompatible types: java.lang.String cannot be converted to int\n"
                + "  line 3 of this cell:\n"
                + "    int q = \"x\";\n"
                + "            ^");
    }

    @Test
    void an_unknown_name_in_a_statement_is_a_compile_error_without_jshell_internals() throws Exception {
        KernelClient.Cell cell = kernel.execute("double y = sigmod(2.0);\nundefinedName");
        assertThat(cell.errorText()).doesNotContain("location: class").doesNotContain("$JShell").doesNotContain("REPL");
    }

    @Test
    void an_unknown_class_that_an_import_would_fix_gets_the_import_once() throws Exception {
        KernelClient.Cell cell = kernel.execute("int daysTo(int year) {\n"
                + "    return (int) ChronoUnit.DAYS.between(LocalDate.now(), LocalDate.of(year, 1, 1));\n}");
        assertThat(cell.ename()).isEqualTo("CompileError");
        assertThat(cell.errorText()).contains("error: package ChronoUnit does not exist\n  line 2 of this cell:",
                "hint: missing import java.time.temporal.ChronoUnit?", "hint: missing import java.time.LocalDate?");
        assertThat(cell.errorText().split("missing import java.time.LocalDate", -1)).as("LocalDate is hinted once").hasSize(2);
        assertThat(kernel.execute("int q = undefinedName;").errorText()).doesNotContain("hint:");
    }

    @Test
    void a_runtime_error_shows_only_the_students_frames_with_cell_lines() throws Exception {
        kernel.execute("void check(double x) {\n    if (x < 0) {\n        throw new IllegalArgumentException(\"x < 0: \" + x);\n    }\n}");
        KernelClient.Cell cell = kernel.execute("double twice(double x) {\n    check(x);\n    return 2 * x;\n}\n\ntwice(-1)");
        assertThat(cell.ename()).isEqualTo("IllegalArgumentException");
        assertThat(cell.errorText()).matches("java.lang.IllegalArgumentException: x < 0: -1.0\n"
                + "  at In \\[\\d+] line 3 in check\\(\\):  throw new IllegalArgumentException\\(\"x < 0: \" \\+ x\\);\n"
                + "  at line 2 in twice\\(\\):  check\\(x\\);\n"
                + "  at line 6:  twice\\(-1\\)");
    }

    @Test
    void a_definition_with_unknown_names_is_kept_and_reported_at_once() throws Exception {
        KernelClient.Cell defined = kernel.execute(
                "double l1Loss(double[] d) {\n    return IntStream2.range(0, d.length).mapToDouble(i -> sigmod(d[i])).sum();\n}");
        assertThat(defined.status()).isEqualTo("ok");
        assertThat(defined.stream()).isEqualTo("created method l1Loss(double[]), but it cannot run until IntStream2 and"
                + " sigmod are known: is IntStream2 spelled right, and defined in a cell above? is sigmod spelled right,"
                + " and defined in a cell above?\n");
        KernelClient.Cell called = kernel.execute("l1Loss(new double[] {1})");
        assertThat(called.errorText()).isEqualTo("method l1Loss(double[]) cannot run until IntStream2 and sigmod are"
                + " known: is IntStream2 spelled right, and defined in a cell above? is sigmod spelled right, and"
                + " defined in a cell above?");
        assertThat(called.errorText()).doesNotContain("SPIResolutionException");
    }

    @Test
    void a_missing_import_is_suggested() throws Exception {
        KernelClient.Cell defined = kernel.execute("java.awt.Color pick() { return new Point(1, 2) == null ? null : null; }");
        assertThat(defined.stream()).isEqualTo("created method pick(), but it cannot run until Point is known:"
                + " missing import java.awt.Point?\n");
    }

    @Test
    void a_value_an_extension_renders_arrives_as_png() throws Exception {
        KernelClient.Cell cell = kernel.execute("new org.nnworkbook.kernel.testext.Swatch(0xff0000, 8)");
        JsonObject data = cell.outputs().stream().filter(o -> o.get("type").getAsString().equals("execute_result"))
                .findFirst().orElseThrow(() -> new AssertionError(cell.toString())).getAsJsonObject("data");
        byte[] png = Base64.getMimeDecoder().decode(data.get("image/png").getAsString());
        assertThat(java.util.Arrays.copyOf(png, 4)).containsExactly(0x89, 'P', 'N', 'G');
        assertThat(data.get("text/plain").getAsString()).isEqualTo("Swatch 8x8");
    }

    @Test
    void display_then_update_display_share_one_display_id() throws Exception {
        KernelClient.Cell cell = kernel.execute("String id = display(new org.nnworkbook.kernel.testext.Swatch(0x00ff00, 4));\n"
                + "updateDisplay(id, new org.nnworkbook.kernel.testext.Swatch(0x0000ff, 4));");
        List<JsonObject> shown = cell.outputs().stream()
                .filter(o -> o.get("type").getAsString().endsWith("display_data")).toList();
        assertThat(shown).extracting(o -> o.get("type").getAsString()).containsExactly("display_data", "update_display_data");
        assertThat(shown.get(0).get("display_id").getAsString()).isNotBlank()
                .isEqualTo(shown.get(1).get("display_id").getAsString());
        assertThat(shown.get(1).getAsJsonObject("data").has("image/png")).isTrue();
    }

    @Test
    void numbers_strings_and_arrays_show_as_jshell_shows_them_and_printf_shows_nothing() throws Exception {
        assertThat(kernel.execute("1 + 1").text()).isEqualTo("2");
        assertThat(kernel.execute("\"abc\"").text()).isEqualTo("\"abc\"");
        assertThat(kernel.execute("new double[] {1, 2}").text()).isEqualTo("double[2] { 1.0, 2.0 }");
        assertThat(kernel.execute("List.of(1, 2)").text()).isEqualTo("[1, 2]");
        KernelClient.Cell printf = kernel.execute("System.out.printf(\"%d%n\", 5)");
        assertThat(printf.stream()).isEqualTo("5\n");
        assertThat(printf.text()).isEmpty();
    }

    @Test
    void tab_completes_jdk_names() throws Exception {
        assertThat(kernel.complete("Math.sq", 7)).contains("sqrt(");
    }
}
