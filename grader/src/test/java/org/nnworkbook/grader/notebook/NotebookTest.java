// Reading notebooks as students' tools leave them: messages for unusable files, tolerance for odd cells.
package org.nnworkbook.grader.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NotebookTest {
    private static Notebook parse(String json) throws NotebookException {
        return Notebook.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void invalid_json_names_the_line_and_column_and_what_to_do() {
        assertThatThrownBy(() -> parse("{\"nbformat\": 4,\n \"cells\": [}"))
                .hasMessageStartingWith("the file is not valid JSON at line 2, column")
                .hasMessageEndingWith("open it in Jupyter and save it again, or download it again");
    }

    @Test
    void another_nbformat_is_refused_with_its_number() {
        assertThatThrownBy(() -> parse("{\"nbformat\": 3, \"worksheets\": []}"))
                .hasMessage("the notebook has nbformat 3 but this grader reads nbformat 4; save it from a current Jupyter");
    }

    @Test
    void sources_as_one_string_or_as_lines_read_the_same() throws NotebookException {
        Notebook notebook = parse("""
                {"nbformat": 4, "cells": [
                  {"cell_type": "code", "source": "int a = 1;\\nint b = 2;"},
                  {"cell_type": "code", "source": ["int a = 1;\\n", "int b = 2;"]}
                ]}""");
        assertThat(notebook.cells().get(0).source()).isEqualTo(notebook.cells().get(1).source()).isEqualTo("int a = 1;\nint b = 2;");
    }

    @Test
    void a_malformed_cell_is_flagged_not_fatal() throws NotebookException {
        Notebook notebook = parse("{\"nbformat\": 4, \"cells\": [42, {\"cell_type\": \"code\", \"source\": 7}]}");
        assertThat(notebook.cells()).extracting(Cell::problem)
                .containsExactly("cell 1 is not a JSON object", "cell 2 has a source that is neither text nor a list of lines");
    }

    @Test
    void it_writes_json_the_way_jupyter_does() throws NotebookException {
        Notebook notebook = parse("{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": []}");
        assertThat(new String(notebook.toJson(), StandardCharsets.UTF_8))
                .isEqualTo("{\n \"nbformat\": 4,\n \"nbformat_minor\": 5,\n \"metadata\": {},\n \"cells\": []\n}\n");
    }
}
