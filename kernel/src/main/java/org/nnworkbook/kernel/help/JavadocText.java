// Renders a parsed doc comment as Markdown (JupyterLab) or plain text (classic Notebook tooltip, console).
package org.nnworkbook.kernel.help;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EndElementTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.doctree.ReturnTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.doctree.ThrowsTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A doc comment made readable: paragraphs stay paragraphs, {@code {@code x}} becomes code, {@code <pre>} a code
 * block, lists stay lists, {@code @param}/{@code @return}/{@code @throws} become a short list under a heading.
 * Tags of no use in a notebook ({@code @since}, {@code @author}, {@code @see}) are left out.
 */
final class JavadocText {
    private static final Map<String, String> ENTITIES = Map.of(
            "lt", "<", "gt", ">", "amp", "&", "quot", "\"", "apos", "'", "nbsp", " ", "#47", "/");

    private final boolean markdown;
    private StringBuilder out = new StringBuilder();
    /** While inside {@code <pre>}: the text outside it; the block is collected apart, to be dedented as a whole. */
    private StringBuilder beforePre;

    private JavadocText(boolean markdown) {
        this.markdown = markdown;
    }

    /** The comment's first sentence only: a one-line summary, as in an overview of overloads. */
    static String summary(DocCommentTree doc, boolean markdown) {
        JavadocText text = new JavadocText(markdown);
        text.inline(doc.getFirstSentence());
        return text.finish();
    }

    /** The whole comment: description, then parameters, result and exceptions. */
    static String full(DocCommentTree doc, boolean markdown) {
        JavadocText text = new JavadocText(markdown);
        text.inline(doc.getFullBody());
        text.blockTags(doc.getBlockTags());
        return text.finish();
    }

    private String finish() {
        if (inPre()) {
            endPre(); // an unclosed <pre>
        }
        return out.toString().replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private void inline(List<? extends DocTree> trees) {
        for (DocTree tree : trees) {
            inline(tree);
        }
    }

    private void inline(DocTree tree) {
        switch (tree.getKind()) {
            case TEXT -> text(((TextTree) tree).getBody());
            case ENTITY -> out.append(entity(((EntityTree) tree).getName().toString()));
            case CODE -> code(((LiteralTree) tree).getBody().getBody());
            case LITERAL -> out.append(((LiteralTree) tree).getBody().getBody());
            case LINK, LINK_PLAIN -> link((LinkTree) tree);
            case START_ELEMENT -> startElement((StartElementTree) tree);
            case END_ELEMENT -> endElement(((EndElementTree) tree).getName().toString());
            case INHERIT_DOC, COMMENT, INDEX -> { }
            default -> out.append(tree); // {@value}, {@snippet} and other rare tags: as written
        }
    }

    /** Outside {@code <pre>}, Javadoc's line breaks are not meaningful; indentation would make Markdown code. */
    private void text(String body) {
        out.append(inPre() ? body : body.replaceAll("\n[ \t]*", "\n"));
    }

    private void code(String code) {
        out.append(inPre() || !markdown ? code : "`" + code + "`");
    }

    private boolean inPre() {
        return beforePre != null;
    }

    private void startPre() {
        beforePre = out;
        out = new StringBuilder();
    }

    /** A comment's {@code <pre>} lines keep the space after each {@code *}: drop the indent all lines share. */
    private void endPre() {
        List<String> lines = new ArrayList<>(out.toString().stripTrailing().lines().toList());
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        out = beforePre;
        beforePre = null;
        String indentForPlain = markdown ? "" : "    ";
        out.append(markdown ? "\n\n```java\n" : "\n\n");
        lines.forEach(line -> out.append(indentForPlain).append(line.isBlank() ? "" : line.substring(indent)).append('\n'));
        out.append(markdown ? "```\n\n" : "\n");
    }

    private static String entity(String name) {
        if (ENTITIES.containsKey(name)) {
            return ENTITIES.get(name);
        }
        if (name.matches("#\\d+")) {
            return Character.toString(Integer.parseInt(name.substring(1)));
        }
        return "&" + name + ";";
    }

    /** {@code {@link Plots#boundary(Model, Dataset) boundary}} → its label, else {@code Plots.boundary}; as code. */
    private void link(LinkTree link) {
        if (!link.getLabel().isEmpty()) {
            if (link.getKind() == DocTree.Kind.LINK_PLAIN) {
                inline(link.getLabel());
            } else {
                JavadocText label = new JavadocText(false);
                label.inline(link.getLabel());
                code(label.finish());
            }
            return;
        }
        String target = link.getReference().getSignature();
        target = target.startsWith("#") ? target.substring(1) : target.replace('#', '.');
        code(target.replaceAll("\\(.*\\)", ""));
    }

    private void startElement(StartElementTree element) {
        switch (element.getName().toString().toLowerCase()) {
            case "p" -> out.append("\n\n");
            case "br" -> out.append(markdown ? "\n\n" : "\n");
            case "pre" -> startPre();
            case "li" -> out.append("\n- ");
            case "ul", "ol", "dl" -> out.append("\n");
            case "b", "strong" -> out.append(markdown ? "**" : "");
            case "i", "em" -> out.append(markdown ? "*" : "");
            case "code", "tt" -> out.append(markdown && !inPre() ? "`" : "");
            default -> { }
        }
    }

    private void endElement(String name) {
        switch (name.toLowerCase()) {
            case "pre" -> endPre();
            case "ul", "ol", "dl" -> out.append("\n\n");
            case "b", "strong" -> out.append(markdown ? "**" : "");
            case "i", "em" -> out.append(markdown ? "*" : "");
            case "code", "tt" -> out.append(markdown && !inPre() ? "`" : "");
            default -> { }
        }
    }

    private void blockTags(List<? extends DocTree> tags) {
        List<ParamTree> params = new ArrayList<>();
        List<ReturnTree> returns = new ArrayList<>();
        List<ThrowsTree> throwsTags = new ArrayList<>();
        for (DocTree tag : tags) {
            switch (tag.getKind()) {
                case PARAM -> params.add((ParamTree) tag);
                case RETURN -> returns.add((ReturnTree) tag);
                case THROWS, EXCEPTION -> throwsTags.add((ThrowsTree) tag);
                default -> { }
            }
        }
        if (!params.isEmpty()) {
            heading("Parameters");
            for (ParamTree param : params) {
                String name = param.isTypeParameter() ? "<" + param.getName() + ">" : param.getName().toString();
                item(name, param.getDescription());
            }
        }
        for (ReturnTree result : returns) {
            heading("Returns");
            out.append('\n');
            inline(result.getDescription());
        }
        if (!throwsTags.isEmpty()) {
            heading("Throws");
            for (ThrowsTree thrown : throwsTags) {
                item(thrown.getExceptionName().getSignature(), thrown.getDescription());
            }
        }
    }

    private void heading(String title) {
        out.append(markdown ? "\n\n**" + title + "**" : "\n\n" + title + ":");
    }

    private void item(String name, List<? extends DocTree> description) {
        out.append("\n- ");
        code(name);
        out.append(" — ");
        inline(description);
    }
}
