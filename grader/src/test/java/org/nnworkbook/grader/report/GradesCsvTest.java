// grades.csv: the exact header, and fields that cannot break the file or a spreadsheet.
package org.nnworkbook.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.result.Status;
import org.nnworkbook.grader.result.SubmissionResult;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GradesCsvTest {
    private static SubmissionResult result(String name, double points, String message) {
        return new SubmissionResult(name, Status.OK, points, 10, message, List.of(), List.of(), List.of(), "bwrap", 1.0);
    }

    @Test
    void the_header_is_exactly_the_agreed_one() {
        assertThat(GradesCsv.of(List.of())).isEqualTo("submission,points,max_points,status,message\n");
    }

    @Test
    void points_are_written_without_needless_decimals() {
        assertThat(GradesCsv.of(List.of(result("ada", 7, "ok"), result("bob", 7.5, "ok"))))
                .contains("\nada,7,10,ok,ok\n").contains("\nbob,7.5,10,ok,ok\n");
    }

    @Test
    void commas_quotes_and_newlines_are_quoted() {
        assertThat(GradesCsv.of(List.of(result("ada", 1, "a, \"b\"\nc"))))
                .endsWith("\nada,1,10,ok,\"a, \"\"b\"\"\nc\"\n");
    }

    @Test
    void a_field_a_spreadsheet_would_run_as_a_formula_is_defused() {
        assertThat(GradesCsv.of(List.of(result("=HYPERLINK(1)", 1, "ok")))).contains("\n'=HYPERLINK(1),1,10,ok,ok\n");
    }
}
