// The main class of the execution VM: JShell's remote agent, talking to the grader over stdin/stdout.
package org.nnworkbook.grader.sandbox;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.instrument.ClassDefinition;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jshell.execution.RemoteExecutionControl;
import jdk.jshell.execution.Util;

/**
 * Like {@code RemoteExecutionControl.main}, but over the process's own pipes instead of a TCP
 * socket, because the sandbox has no network at all. System.out and System.err become channels
 * multiplexed on stdout. It is also the VM's -javaagent: JShell redefines a method in place when
 * a cell defines it again, and without JDI only java.lang.instrument can do that (JDK 17's
 * fallback, loading a renamed class, leaves calls on the old definition). This class and its
 * nested class are copied alone into the sandbox; they must need nothing but the JDK.
 */
public final class ExecutionAgent {
    private static volatile Instrumentation instrumentation;

    private ExecutionAgent() {
    }

    public static void premain(String arguments, Instrumentation given) {
        instrumentation = given;
    }

    public static void main(String[] args) throws Exception {
        InputStream commands = new FileInputStream(FileDescriptor.in);
        OutputStream results = new FileOutputStream(FileDescriptor.out);
        Map<String, Consumer<OutputStream>> outputs = new HashMap<>();
        outputs.put("out", st -> System.setOut(new PrintStream(st, true, StandardCharsets.UTF_8)));
        outputs.put("err", st -> System.setErr(new PrintStream(st, true, StandardCharsets.UTF_8)));
        Map<String, Consumer<InputStream>> inputs = new HashMap<>();
        inputs.put("in", System::setIn);
        Util.forwardExecutionControlAndIO(new Redefining(), commands, results, outputs, inputs);
    }

    /** JShell's remote control plus in-place redefinition of changed snippet classes. */
    static final class Redefining extends RemoteExecutionControl {
        @Override
        public void redefine(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException {
            Instrumentation redefiner = instrumentation;
            if (redefiner == null || !redefiner.isRedefineClassesSupported()) {
                throw new NotImplementedException("redefine not supported");
            }
            try {
                ClassDefinition[] definitions = new ClassDefinition[classes.length];
                for (int i = 0; i < classes.length; i++) {
                    definitions[i] = new ClassDefinition(findClass(classes[i].name()), classes[i].bytecodes());
                }
                redefiner.redefineClasses(definitions);
            } catch (ClassNotFoundException | UnmodifiableClassException | RuntimeException | LinkageError e) {
                // A changed shape (new fields, say) cannot be redefined: JShell then loads a new class.
                throw new ClassInstallException("redefine failed: " + e, new boolean[classes.length]);
            }
        }
    }
}
