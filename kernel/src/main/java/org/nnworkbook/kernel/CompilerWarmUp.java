// Warms javac up while the execution VM launches, so the preamble's first snippet is not a cold compile.
package org.nnworkbook.kernel;

import com.sun.source.util.JavacTask;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URI;
import java.util.List;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * JShell's constructor launches the execution VM and waits for it (about a second, most of it in
 * the other process); its first compile then loads and interprets javac's classes (about half a
 * second of CPU). Compiling a small class in memory on another thread meanwhile does that part
 * while the kernel would otherwise only wait: JShell compiles with the same javac classes.
 */
final class CompilerWarmUp {
    private static final String SOURCE = """
            import java.util.*;
            import java.util.stream.*;
            class WarmUp {
                static double mean(List<Double> values) {
                    return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                }
                Object value = mean(List.of(1.0, 2.0)) + Math.max(1, 2);
            }
            """;

    private CompilerWarmUp() {
    }

    /** Starts the warm-up on a daemon thread; a failure only means no warm-up. */
    static Thread start() {
        Thread thread = new Thread(CompilerWarmUp::compileOnce, "javac-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void compileOnce() {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            return;
        }
        JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///WarmUp.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return SOURCE;
            }
        };
        try (JavaFileManager files = new DiscardingFileManager(javac.getStandardFileManager(null, null, null))) {
            JavacTask task = (JavacTask) javac.getTask(Writer.nullWriter(), files, null, List.of("-proc:none"), null,
                    List.of(source));
            task.generate();
        } catch (Exception | LinkageError noWarmUp) {
            // only a warm-up: JShell compiles the same way later
        }
    }

    /** Class files go nowhere. */
    private static final class DiscardingFileManager extends ForwardingJavaFileManager<JavaFileManager> {
        DiscardingFileManager(JavaFileManager standard) {
            super(standard);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                   FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("mem:///" + className + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return new ByteArrayOutputStream();
                }
            };
        }
    }
}
