// An assignment's hidden JUnit 5 tests: compiled from their sources by the grader, loaded only in the grader's JVM.
package org.nnworkbook.grader.assignment;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.TempFolders;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Visibility;

/**
 * Sources live outside the grader's jar (see grader/README.md) so they never ship to students,
 * and are compiled at the start of each run: adding an assignment needs no build change. The
 * compiled classes go to a temporary folder the execution VMs cannot see.
 */
public final class HiddenTests implements AutoCloseable {
    private final Path classes;
    private final URLClassLoader loader;
    private final List<Class<?>> testClasses;
    private final List<HiddenTest> tests;
    private final List<String> problems;

    private HiddenTests(Path classes, URLClassLoader loader, List<Class<?>> testClasses,
                        List<HiddenTest> tests, List<String> problems) {
        this.classes = classes;
        this.loader = loader;
        this.testClasses = testClasses;
        this.tests = tests;
        this.problems = problems;
    }

    /**
     * One test method and the points it awards to one grade cell.
     *
     * @param visibility when students on Gradescope see its result (its {@link Visibility}, else its class's)
     */
    public record HiddenTest(String className, String methodName, String displayName, String gradeId, double points,
                             Visibility.Level visibility) {
    }

    public static HiddenTests compile(Path sourceDir) throws IOException {
        List<String> problems = new ArrayList<>();
        Path classes = Files.createTempDirectory("nn-grader-tests-");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(sourceDir)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        if (sources.isEmpty()) {
            problems.add("there are no hidden tests (.java files) in " + sourceDir);
            return new HiddenTests(classes, null, List.of(), List.of(), problems);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IOException("this Java has no compiler; run the grader with a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-d", classes.toString(), "-classpath", apiClasspath(),
                    "-proc:none", "-encoding", "UTF-8", "-parameters", "-Xlint:none");
            Boolean ok = javac.getTask(new StringWriter(), files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            if (!ok) {
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    if (d.getKind() == Diagnostic.Kind.ERROR) {
                        String file = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ";
                        problems.add("hidden test does not compile: " + file + d.getMessage(Locale.ROOT));
                    }
                }
                return new HiddenTests(classes, null, List.of(), List.of(), problems);
            }
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, HiddenTests.class.getClassLoader());
        List<Class<?>> testClasses = new ArrayList<>();
        List<HiddenTest> tests = new ArrayList<>();
        for (String name : classNames(classes)) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                problems.add("hidden test class " + name + " cannot be loaded: " + e);
                continue;
            }
            collect(type, testClasses, tests, problems);
        }
        return new HiddenTests(classes, loader, testClasses, tests, problems);
    }

    private static void collect(Class<?> type, List<Class<?>> testClasses, List<HiddenTest> tests, List<String> problems) {
        List<Method> testMethods = Stream.of(type.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class))
                .sorted(Comparator.comparing(Method::getName)).toList();
        GradeId gradeId = type.getAnnotation(GradeId.class);
        if (testMethods.isEmpty()) {
            return; // a helper class
        }
        if (gradeId == null) {
            problems.add("hidden test class " + type.getName() + " has no @GradeId naming the grade cell it scores");
            return;
        }
        testClasses.add(type);
        for (Method method : testMethods) {
            Points points = method.getAnnotation(Points.class);
            if (points == null || !(points.value() > 0)) {
                problems.add("hidden test " + type.getSimpleName() + "." + method.getName()
                        + " needs @Points with a positive number");
                continue;
            }
            tests.add(new HiddenTest(type.getName(), method.getName(), displayName(method),
                    gradeId.value(), points.value(), visibility(method)));
        }
    }

    private static Visibility.Level visibility(Method method) {
        Visibility own = method.getAnnotation(Visibility.class);
        Visibility ofClass = method.getDeclaringClass().getAnnotation(Visibility.class);
        return own != null ? own.value() : ofClass != null ? ofClass.value() : Visibility.Level.VISIBLE;
    }

    /** The name a student sees: @DisplayName, else the method name with underscores as spaces. */
    public static String displayName(Method method) {
        org.junit.jupiter.api.DisplayName named = method.getAnnotation(org.junit.jupiter.api.DisplayName.class);
        return named != null ? named.value() : method.getName().replace('_', ' ');
    }

    private static List<String> classNames(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> classes.relativize(p).toString().replace(java.io.File.separatorChar, '.'))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .sorted().collect(Collectors.toList());
        }
    }

    /** The jars (or folders) holding the JUnit API and the grader's test API, wherever we run from. */
    private static String apiClasspath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(GradeId.class, Test.class, org.opentest4j.AssertionFailedError.class,
                org.apiguardian.api.API.class, org.junit.platform.commons.annotation.Testable.class)) {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source != null) {
                try {
                    entries.add(Path.of(source.getLocation().toURI()).toString());
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException("a class path entry that is not a file: " + source.getLocation(), e);
                }
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** Whether the sources compiled (problems may still list tests without points and the like). */
    public boolean compiled() {
        return loader != null;
    }

    public List<Class<?>> testClasses() {
        return testClasses;
    }

    public List<HiddenTest> tests() {
        return tests;
    }

    public List<String> problems() {
        return problems;
    }

    public double pointsFor(String gradeId) {
        return tests.stream().filter(t -> t.gradeId().equals(gradeId)).mapToDouble(HiddenTest::points).sum();
    }

    @Override
    public void close() throws IOException {
        if (loader != null) {
            loader.close();
        }
        TempFolders.deleteTree(classes);
    }
}
