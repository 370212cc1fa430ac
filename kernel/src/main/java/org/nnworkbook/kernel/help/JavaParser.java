// Parses Java source with javac (parse only: no classpath, no attribution) to read its doc comments.
package org.nnworkbook.kernel.help;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * javac's public tree API ({@code com.sun.source}, in the {@code jdk.compiler} module that JShell needs anyway).
 * Parsing one library file takes a few milliseconds once javac is warm, which JShell keeps it.
 */
final class JavaParser {
    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    /** Parsing reads nothing from disk, yet a task makes a file manager unless given one: share one (synchronized). */
    private static final StandardJavaFileManager FILES = JAVAC.getStandardFileManager(null, null, null);

    private JavaParser() {}

    /** A parsed file and the doc-comment view of its trees. */
    record Parsed(CompilationUnitTree unit, DocTrees docTrees) {

        /** The doc comment on {@code tree} (a class, method or field of this file), or {@code null}. */
        DocCommentTree docComment(com.sun.source.tree.Tree tree) {
            return docTrees.getDocCommentTree(TreePath.getPath(unit, tree));
        }
    }

    /**
     * Whether javac cannot parse {@code snippet} as any of what a JShell snippet may be: an import, a declaration,
     * statements, or an expression (JShell's analysis adds the {@code ;} after an expression).
     */
    static boolean hasSyntaxErrors(String snippet) {
        String expression = snippet.strip().replaceAll(";$", "");
        return failsToParse(snippet + "\nclass Wrapper {}")
                && failsToParse("class Wrapper {\n" + snippet + "\n}")
                && failsToParse("class Wrapper { void run() {\n" + snippet + "\n} }")
                && failsToParse("class Wrapper { Object value = (\n" + expression + "\n); }");
    }

    private static boolean failsToParse(String source) {
        boolean[] error = {false};
        parse("Wrapper.java", source, diagnostic -> error[0] |= diagnostic.getKind() == Diagnostic.Kind.ERROR);
        return error[0];
    }

    /** Parses {@code source}; {@code name} only labels it ({@code Plots.java}). Syntax errors are ignored. */
    static Parsed parse(String name, CharSequence source) {
        return parse(name, source, diagnostic -> { });
    }

    private static synchronized Parsed parse(String name, CharSequence source,
                                             DiagnosticListener<JavaFileObject> diagnostics) {
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + name), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) JAVAC.getTask(null, FILES, diagnostics, List.of("-proc:none"), null, List.of(file));
        try {
            CompilationUnitTree unit = task.parse().iterator().next();
            return new Parsed(unit, DocTrees.instance(task));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the source is in memory
        }
    }

    /**
     * A doc comment given as its text (what JShell returns for JDK elements: no {@code /**}, no leading stars),
     * parsed into the same tree a source file gives, so both render alike.
     */
    static DocCommentTree parseComment(String commentText) {
        String source = "/**\n" + commentText.replace("*/", "*&#47;") + "\n*/\nclass Doc {}\n";
        Parsed parsed = parse("Doc.java", source);
        ClassTree doc = (ClassTree) parsed.unit().getTypeDecls().get(0);
        return parsed.docComment(doc);
    }
}
