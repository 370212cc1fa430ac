// One notebook cell: its type, its source as one string and its nbgrader metadata; not a runner.
package org.nnworkbook.grader.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Student notebooks arrive edited by hand and by tools, so a cell that is not an object, has no
 * type or has a source of the wrong shape is kept with a {@link #problem()} instead of failing
 * the whole notebook.
 */
public final class Cell {
    private final int index;
    private final ObjectNode node;
    private final String type;
    private String source;
    private final NbgraderMeta nbgrader;
    private final String problem;

    private Cell(int index, ObjectNode node, String type, String source, NbgraderMeta nbgrader, String problem) {
        this.index = index;
        this.node = node;
        this.type = type;
        this.source = source;
        this.nbgrader = nbgrader;
        this.problem = problem;
    }

    static Cell of(int index, JsonNode json) {
        if (json == null || !json.isObject()) {
            return new Cell(index, null, "", "", null, "cell " + (index + 1) + " is not a JSON object");
        }
        ObjectNode node = (ObjectNode) json;
        JsonNode type = node.get("cell_type");
        if (type == null || !type.isTextual()) {
            return new Cell(index, node, "", "", null, "cell " + (index + 1) + " has no cell_type");
        }
        String source = joinSource(node.get("source"));
        if (source == null) {
            return new Cell(index, node, type.asText(), "", null,
                    "cell " + (index + 1) + " has a source that is neither text nor a list of lines");
        }
        JsonNode meta = node.path("metadata").get("nbgrader");
        NbgraderMeta nbgrader = meta == null ? null : NbgraderMeta.parse(meta);
        return new Cell(index, node, type.asText(), source, nbgrader, null);
    }

    /** nbformat allows a source as one string or as a list of lines; null when it is neither. */
    static String joinSource(JsonNode source) {
        if (source == null || source.isNull()) {
            return "";
        }
        if (source.isTextual()) {
            return source.asText();
        }
        if (!source.isArray()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode line : source) {
            if (!line.isTextual()) {
                return null;
            }
            text.append(line.asText());
        }
        return text.toString();
    }

    /** Zero-based position in the notebook. */
    public int index() {
        return index;
    }

    /** How the cell is named in messages: by grade_id when it has one, else by its position. */
    public String label() {
        return hasGradeId() ? "'" + nbgrader.gradeId() + "'" : "number " + (index + 1);
    }

    public String type() {
        return type;
    }

    public boolean isCode() {
        return "code".equals(type);
    }

    public boolean isMarkdown() {
        return "markdown".equals(type);
    }

    public String source() {
        return source;
    }

    /** The nbgrader metadata, or null for an ordinary cell. */
    public NbgraderMeta nbgrader() {
        return nbgrader;
    }

    public boolean hasGradeId() {
        return nbgrader != null && nbgrader.gradeId() != null;
    }

    public String gradeId() {
        return hasGradeId() ? nbgrader.gradeId() : null;
    }

    /** Why the cell cannot be used, or null. */
    public String problem() {
        return problem;
    }

    public ObjectNode node() {
        return node;
    }

    /** Replaces the source, in this object and in the JSON, as a list of lines as Jupyter writes it. */
    public void writeSource(String text) {
        source = text;
        ArrayNode lines = node.putArray("source");
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
    }

    /** Drops outputs and execution counts: they can show the instructor's results. */
    public void clearOutputs() {
        if (isCode()) {
            node.putArray("outputs");
            node.putNull("execution_count");
        }
        node.remove("attachments");
    }
}
