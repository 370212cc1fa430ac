// Shift-Tab: the signature(s) and Javadoc of what the cursor is on, from JShell and the library's sources.
package org.nnworkbook.kernel.help;

import com.sun.source.doctree.DocCommentTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import jdk.jshell.VarSnippet;

/**
 * Help for the class, method, constructor, field or variable at the cursor, offline: JShell names the element and
 * its overloads ({@code documentation}), Javadoc comes from JShell for the JDK (when {@code lib/src.zip} is
 * installed) and from the library's sources otherwise. Like JupyterLab's contextual help: signature first, then
 * the Javadoc; several overloads show one sentence each unless the student asks for detail (Shift-Tab twice).
 * A variable of the notebook shows its type and declaration, never its value (that would run code in the
 * execution VM, which may be busy or hung).
 */
public final class Inspector {
    private static final int CACHED_RENDERINGS = 512;

    private final LibrarySources library;
    /** Contextual help asks on every keystroke; a rendered Javadoc does not change while the kernel runs. */
    private final Map<String, Help> renderings = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Help> eldest) {
            return size() > CACHED_RENDERINGS;
        }
    };

    /** @param librarySources sources jars or folders with the library's {@code .java} files (missing ones are skipped) */
    public Inspector(List<Path> librarySources) {
        this.library = new LibrarySources(librarySources);
    }

    /**
     * For each jar of a classpath, its sources jar beside it when there is one ({@code nn-lib.jar} →
     * {@code nn-lib-sources.jar}, {@code xchart-4.0.3.jar} → {@code xchart-4.0.3-sources.jar}): what to pass to
     * the constructor, given the classpath the kernel gives JShell.
     */
    public static List<Path> sourcesBeside(List<Path> classpath) {
        List<Path> sources = new ArrayList<>();
        for (Path jar : classpath) {
            String name = jar.getFileName() == null ? "" : jar.getFileName().toString();
            if (name.endsWith(".jar")) {
                Path beside = jar.resolveSibling(name.substring(0, name.length() - 4) + "-sources.jar");
                if (Files.isRegularFile(beside)) {
                    sources.add(beside);
                }
            }
        }
        return sources;
    }

    /**
     * Help for what is at {@code cursor} (in Unicode code points, as Jupyter counts) in {@code cell}: the identifier the cursor is in or after, else the call
     * whose arguments the cursor is in ({@code Plots.boundary(net, |} shows {@code boundary}).
     *
     * @param detail the student asked for more (Jupyter's detail_level 1): every overload's full Javadoc
     * @return empty when there is nothing to say, the cell is empty or a cell magic, or the cursor is out of the
     *         cell. Never throws.
     */
    public Optional<Help> inspect(JShell shell, String cell, int cursor, boolean detail) {
        return Guard.orElse(Optional.empty(), () -> Optional.ofNullable(inspectOrNull(shell, cell, cursor, detail)));
    }

    private Help inspectOrNull(JShell shell, String cell, int codePointCursor, boolean detail) {
        CellText text = CellText.of(cell);
        int cursor = text == null ? -1 : CellText.charIndex(cell, codePointCursor);
        if (cursor < 0 || text.isBlank()) {
            return null;
        }
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        int start = text.snippetAround(analysis, cursor)[0];
        int identifierEnd = text.identifierEnd(cursor);
        String upToIdentifier = text.text().substring(start, identifierEnd);
        List<String> attempts = List.of(upToIdentifier, upToIdentifier + "(", text.text().substring(start, cursor));
        for (String input : attempts) {
            if (input.isBlank() || input.endsWith("((")) {
                continue;
            }
            List<Documentation> found = analysis.documentation(input, input.length(), true);
            if (!found.isEmpty()) {
                return render(shell, found, detail);
            }
        }
        return null;
    }

    private Help render(JShell shell, List<Documentation> found, boolean detail) {
        if (found.size() == 1 && isNotebookVariable(found.get(0).signature())) {
            return variable(shell, found.get(0).signature());
        }
        boolean full = detail || found.size() == 1;
        StringBuilder plain = new StringBuilder();
        StringBuilder markdown = new StringBuilder();
        for (Documentation doc : found) {
            Help one;
            synchronized (renderings) {
                one = renderings.computeIfAbsent(doc.signature() + (full ? "\0full" : "\0summary"),
                        key -> renderOne(doc, full));
            }
            plain.append(one.plain()).append("\n\n");
            markdown.append(one.markdown()).append("\n\n");
        }
        return new Help(plain.toString().strip(), markdown.toString().strip());
    }

    private Help renderOne(Documentation doc, boolean full) {
        String signature = readable(doc.signature());
        Optional<DocCommentTree> comment = doc.javadoc() != null && !doc.javadoc().isBlank()
                ? Optional.of(JavaParser.parseComment(doc.javadoc()))
                : Signature.parse(doc.signature()).flatMap(library::docComment);
        String plainDoc = comment.map(c -> full ? JavadocText.full(c, false) : JavadocText.summary(c, false)).orElse("");
        String markdownDoc = comment.map(c -> full ? JavadocText.full(c, true) : JavadocText.summary(c, true)).orElse("");
        return new Help(join(signature, plainDoc), join("```java\n" + signature + "\n```", markdownDoc));
    }

    private static String join(String signature, String doc) {
        return doc.isEmpty() ? signature : signature + "\n\n" + doc;
    }

    /**
     * Method signatures without package names ({@code Plots.boundary(ToIntFunction<double[]> classifier, Dataset
     * data)}); a class keeps its qualified name, which says what to import.
     */
    private static String readable(String signature) {
        return signature.contains("(") || signature.contains(":")
                ? signature.replaceAll("\\b(?:[a-z_$][\\w$]*\\.)+(?=[A-Z_$])", "") : signature;
    }

    /** JShell writes a notebook variable as {@code name:type}, a field as {@code Owner.name:type}. */
    private static boolean isNotebookVariable(String signature) {
        int colon = signature.indexOf(':');
        return colon > 0 && !signature.substring(0, colon).contains(".") && !signature.contains("(");
    }

    /** {@code model : Linear}, how it was declared, and the summary of its class when the sources have one. */
    private Help variable(JShell shell, String signature) {
        String name = signature.substring(0, signature.indexOf(':'));
        String type = signature.substring(signature.indexOf(':') + 1);
        Optional<VarSnippet> declared = shell.variables().filter(v -> v.name().equals(name)).reduce((a, b) -> b);
        String heading = readable(":" + type).substring(1) + " " + name;
        String declaration = declared.map(v -> v.source().strip()).orElse("");
        Optional<DocCommentTree> typeDoc = Signature.parse(Signature.eraseGenerics(type)).flatMap(library::docComment);
        String plain = join(heading, join(declaration.isEmpty() ? "" : "declared as: " + declaration,
                typeDoc.map(c -> JavadocText.summary(c, false)).orElse("")).strip());
        String markdown = join("```java\n" + heading + "\n```", join(
                declaration.isEmpty() ? "" : "declared as `" + declaration.replace("`", "'") + "`",
                typeDoc.map(c -> JavadocText.summary(c, true)).orElse("")).strip());
        return new Help(plain, markdown);
    }
}
