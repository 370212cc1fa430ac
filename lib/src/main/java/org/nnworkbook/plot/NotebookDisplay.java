// Shows a value in the running notebook and replaces it later (Jupyter display ids); falls back to nothing outside one.
package org.nnworkbook.plot;

import java.lang.reflect.Method;

/**
 * A display area of the notebook cell that is running, updated in place. The workbook's kernel
 * (rapaio-jupyter-kernel 3.0.1) runs JShell in its own JVM and offers {@code Global.display(Object)}, which sends
 * a {@code display_data} message with a fresh display id and returns the id, and
 * {@code Global.updateDisplay(id, Object)}, which sends {@code update_display_data} for it: Jupyter then replaces
 * that output where it stands. The library cannot compile against the kernel, so the two methods are found by
 * reflection; outside a notebook (tests, a command line) there is no kernel and {@link #open} gives null.
 */
interface NotebookDisplay {

    /** Replaces what this display shows: a {@code BufferedImage} (PNG) or a {@code String} (text). */
    void update(Object value);

    /** Creates the display in the running cell showing {@code value}. */
    interface Opener {
        NotebookDisplay open(Object value);
    }

    /** The kernel's displays, or null when no Jupyter kernel is running this JVM. */
    static NotebookDisplay open(Object value) {
        Opener opener = Kernel.opener;
        return opener == null ? null : opener.open(value);
    }

    /** Where displays come from; tests replace it with {@link #use(Opener)}. */
    final class Kernel {
        static volatile Opener opener = find();

        private Kernel() {}

        /** Replaces the source of displays (null: behave as outside a notebook); returns the previous one. */
        static Opener use(Opener replacement) {
            Opener previous = opener;
            opener = replacement;
            return previous;
        }

        private static Opener find() {
            if (Boolean.getBoolean("nn.live.text")) {
                return null;                 // asked for plain text even inside a notebook
            }
            try {
                ClassLoader loader = Kernel.class.getClassLoader();
                Class<?> main = Class.forName("org.rapaio.jupyter.kernel.MainApp", false, loader);
                if (main.getField("kernel").get(null) == null) {
                    return null;             // the kernel's classes are here but no kernel is running
                }
                Class<?> global = Class.forName("org.rapaio.jupyter.kernel.global.Global", true, loader);
                Method display = global.getMethod("display", Object.class);
                Method update = global.getMethod("updateDisplay", String.class, Object.class);
                return value -> {
                    String id = (String) call(display, value);
                    return next -> call(update, id, next);
                };
            } catch (ReflectiveOperationException | LinkageError e) {
                return null;
            }
        }

        private static Object call(Method m, Object... args) {
            try {
                return m.invoke(null, args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the notebook kernel refused a display update: " + e.getCause(), e);
            }
        }
    }
}
