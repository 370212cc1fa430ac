// A Jupyter notebook (nbformat 4) read as a JSON tree; not a validator of assignments (see Cell, NbgraderMeta).
package org.nnworkbook.grader.notebook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole notebook is kept as a tree so that fields this code does not know survive a
 * read-modify-write (a release keeps the instructor's metadata, widgets state and so on).
 */
public final class Notebook {
    /** Notebook-level metadata key under which the grader records which assignment this is. */
    public static final String WORKBOOK_METADATA = "nn_workbook";

    static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root;
    private final List<Cell> cells;

    private Notebook(ObjectNode root, List<Cell> cells) {
        this.root = root;
        this.cells = cells;
    }

    public static Notebook read(Path file) throws NotebookException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new NotebookException("cannot read " + file.getFileName() + ": " + e.getMessage());
        }
        return parse(bytes);
    }

    /** Parses and checks the notebook's shape; cells that are malformed are kept and flagged, not fatal. */
    public static Notebook parse(byte[] bytes) throws NotebookException {
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new NotebookException("the file is empty, not a notebook; open the notebook in Jupyter, save it"
                    + " (File > Save Notebook) and submit that file again");
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new NotebookException("the file is not valid JSON" + where
                    + "; open it in Jupyter and save it again, or download it again");
        }
        if (tree == null || !tree.isObject()) {
            throw new NotebookException("the file is JSON but not a Jupyter notebook (no top-level object)");
        }
        ObjectNode root = (ObjectNode) tree;
        JsonNode format = root.get("nbformat");
        if (format == null || !format.isInt()) {
            throw new NotebookException("the file is not a Jupyter notebook: it has no nbformat number");
        }
        if (format.asInt() != 4) {
            throw new NotebookException("the notebook has nbformat " + format.asInt()
                    + " but this grader reads nbformat 4; save it from a current Jupyter");
        }
        JsonNode cellArray = root.get("cells");
        if (cellArray == null || !cellArray.isArray()) {
            throw new NotebookException("the notebook has no list of cells");
        }
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < cellArray.size(); i++) {
            cells.add(Cell.of(i, cellArray.get(i)));
        }
        return new Notebook(root, cells);
    }

    public List<Cell> cells() {
        return cells;
    }

    public ObjectNode root() {
        return root;
    }

    /** The assignment id a released student version carries, or null. */
    public String assignmentId() {
        JsonNode id = root.path("metadata").path(WORKBOOK_METADATA).path("assignment");
        return id.isTextual() ? id.asText() : null;
    }

    /** A deep copy whose cells can be edited without touching this notebook. */
    public Notebook copy() {
        try {
            return parse(toJson());
        } catch (NotebookException e) {
            throw new IllegalStateException("a notebook that parsed once must parse again", e);
        }
    }

    public ArrayNode cellArray() {
        return (ArrayNode) root.get("cells");
    }

    /** Serialises the way Jupyter does (one-space indent, trailing newline), so diffs stay small. */
    public byte[] toJson() {
        Separators jupyterStyle = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(jupyterStyle)
                .withObjectIndenter(new DefaultIndenter(" ", "\n"))
                .withArrayIndenter(new DefaultIndenter(" ", "\n"));
        try {
            String text = JSON.writer(printer).writeValueAsString(root);
            return (text + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
