// The sentence a student reads when a definition uses a name JShell does not know yet.
package org.nnworkbook.shell;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Follows the jshell tool ("created method f(), however, it cannot be invoked until variable X is
 * declared") in plainer words, and suggests the import when a class of that simple name exists:
 * {@code created method l1Loss(double[]), but it cannot run until IntStream is known: missing
 * import java.util.stream.IntStream?}
 */
public final class MissingNames {
    private static final Pattern UNKNOWN_CLASS = Pattern.compile(
            "package ([A-Z]\\w*) does not exist|symbol:\\s+(?:class|variable) ([A-Z]\\w*)");

    private MissingNames() {
    }

    /**
     * @param what       what cannot run, e.g. {@code created method l1Loss(double[]), but it} or
     *                   {@code method l1Loss(double[])}
     * @param unresolved JShell's {@code unresolvedDependencies}: {@code "class Foo"}, {@code
     *                   "variable IntStream"}, {@code "method sigmod(double)"}
     * @param importFor  the fully qualified class for a simple name, when one exists
     */
    public static String sentence(String what, List<String> unresolved, Function<String, Optional<String>> importFor) {
        List<String> names = unresolved.stream().map(MissingNames::nameOf).distinct().toList();
        if (names.isEmpty()) {
            return what + " cannot run until what it uses is defined: run the cells above first?";
        }
        return what + " cannot run until " + String.join(" and ", names) + (names.size() == 1 ? " is" : " are")
                + " known: " + hints(names, importFor);
    }

    /**
     * The class a compile error says is unknown, when it names one: javac reads {@code
     * LocalDate.now()} without an import as a package ({@code package LocalDate does not exist}) and
     * {@code new LocalDate(...)} or a type as a symbol ({@code cannot find symbol / symbol: class
     * LocalDate}). Only capitalised names count: a lower-case one is a variable or method, whose
     * fix is not an import.
     */
    public static Optional<String> unknownClassIn(String javacMessage) {
        Matcher m = UNKNOWN_CLASS.matcher(javacMessage);
        return m.find() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    /** {@code missing import java.time.LocalDate?}: the one wording of that hint. */
    public static String importHint(String qualifiedName) {
        return "missing import " + qualifiedName + "?";
    }

    /**
     * Looks a simple class name up in the JDK and on the classpath, as the jshell tool's
     * Shift-Tab i does. The first lookup waits (up to 3 s) for JShell's class index.
     */
    public static Function<String, Optional<String>> importsFrom(SourceCodeAnalysis analysis) {
        return name -> {
            long deadline = System.nanoTime() + 3_000_000_000L;
            SourceCodeAnalysis.QualifiedNames found = analysis.listQualifiedNames(name, name.length());
            while (!found.isUpToDate() && System.nanoTime() < deadline) {
                sleepBriefly();
                found = analysis.listQualifiedNames(name, name.length());
            }
            return found.getNames().stream().findFirst();
        };
    }

    /** Starts JShell's class index in the background, so the first lookup does not wait for it. */
    public static void warmUp(SourceCodeAnalysis analysis) {
        analysis.listQualifiedNames("List", 4);
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String hints(List<String> names, Function<String, Optional<String>> importFor) {
        List<String> hints = names.stream().map(name -> importFor.apply(name)
                .map(MissingNames::importHint)
                .orElse("is " + name + " spelled right, and defined in a cell above?")).toList();
        return String.join(" ", hints);
    }

    /** {@code "method sigmod(double)"} → {@code sigmod}; {@code "class Foo"} → {@code Foo}. */
    static String nameOf(String dependency) {
        String name = dependency.contains(" ") ? dependency.substring(dependency.indexOf(' ') + 1) : dependency;
        int paren = name.indexOf('(');
        return paren < 0 ? name : name.substring(0, paren);
    }
}
