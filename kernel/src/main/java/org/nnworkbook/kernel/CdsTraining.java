// The training run behind the class-data sharing archives: `java -XX:ArchiveClassesAtExit=... CdsTraining VM_ARCHIVE`.
package org.nnworkbook.kernel;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import org.nnworkbook.shell.CellSnippets;

/**
 * Does what a kernel's first minutes do, so that the classes loaded on the way land in the two
 * archives: this JVM's (JShell, javac, JDI; kernel/kernelspec.sh runs it with
 * {@code -XX:ArchiveClassesAtExit}) and the execution VM's ({@code args[0]}: the VM is started
 * with {@link ClassDataSharing#makeArchive} and ends with System.exit, which writes it). A cell
 * with a compile error, one that throws, a completion and a figure rendered as a PNG cover the
 * paths a student's first cells take. Prints nothing; exits 1, with no VM archive left, when the VM
 * did not end by itself or its archive does not map.
 */
public final class CdsTraining {
    private static final List<String> CELLS = List.of(
            "1 + 1",
            "double square(double x) { return x * x; }\nsquare(3)",
            "int broken = \"text\";",
            "new int[0][1]",
            "var chart = new org.knowm.xchart.XYChartBuilder().width(200).height(150).build();\n"
                    + "chart.addSeries(\"y\", new double[] {0, 1, 2}, new double[] {0, 1, 4});\n"
                    + "org.nnworkbook.kernel.runtime.NotebookRuntime.result(chart);",
            "System.out.println(java.util.Arrays.toString(new double[] {1, 2}));");
    private static final long VM_EXIT_SECONDS = 120;

    private CdsTraining() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: CdsTraining VM_ARCHIVE (kernel/kernelspec.sh runs it)");
            System.exit(2);
        }
        String classpath = KernelMain.executionClasspath();
        CellOutput output = new CellOutput();
        // The kernel's own session first (JDI, as a kernel runs), then one whose VM may write its archive.
        ShellSession kernelSession = ShellSession.start(classpath, output, InputStream.nullInputStream(), List.of());
        runCells(kernelSession, output);
        kernelSession.close();
        ShellSession vmSession = ShellSession.start(classpath, new TrainingEngine(), ClassDataSharing.makeArchive(args[0]),
                output, InputStream.nullInputStream(), List.of());
        runCells(vmSession, output);
        boolean written = exitVm(vmSession, output) && ClassDataSharing.maps(Path.of(args[0]), classpath);
        if (!written) {
            Files.deleteIfExists(Path.of(args[0]));
        }
        System.exit(written ? 0 : 1);
    }

    private static void runCells(ShellSession session, CellOutput output) {
        output.startCell(new Discard());
        session.warmUp();
        JShell shell = session.shell();
        for (String cell : CELLS) {
            for (CellSnippets.Snippet snippet : CellSnippets.split(shell.sourceCodeAnalysis(), cell)) {
                shell.eval(snippet.source()).stream().map(SnippetEvent::value).forEach(value -> { });
            }
        }
        shell.sourceCodeAnalysis().completionSuggestions("chart.get", "chart.get".length(), new int[1]);
        session.flushOutput();
        output.endCell();
    }

    /** Ends the VM with System.exit, which writes its archive; true when it ended by itself in time. */
    private static boolean exitVm(ShellSession session, CellOutput output) throws Exception {
        ProcessHandle vm = session.process().orElseThrow(() -> new IllegalStateException("the VM sent no pid"));
        output.startCell(new Discard());
        try {
            session.shell().eval("System.exit(0);");
        } catch (IllegalStateException vmGone) {
            // expected: the VM ended
        }
        boolean ended = vm.onExit().completeOnTimeout(null, VM_EXIT_SECONDS, TimeUnit.SECONDS).get() != null;
        output.endCell();
        return ended;
    }

    /** The training's output goes nowhere. */
    private static final class Discard implements CellOutput.Sink {
        @Override
        public void text(String stream, String text) {
        }

        @Override
        public void record(String kind, String json) {
        }
    }
}
