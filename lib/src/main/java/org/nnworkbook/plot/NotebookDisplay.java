// Shows a value in the running notebook cell and replaces it later (Jupyter display ids); nothing outside a notebook.
package org.nnworkbook.plot;

/**
 * A display area of the notebook cell that is running, updated in place: what {@link Live}'s listeners draw into.
 * The library names no kernel. A kernel that loads the library's extension
 * ({@code org.nnworkbook.plot.jupyter.WorkbookExtension}, found through {@code java.util.ServiceLoader}) connects an
 * {@link Opener} with {@link Kernel#use}; each {@code open} then sends a {@code display_data} message with a fresh
 * display id, and {@link #update} sends {@code update_display_data} for that id, which Jupyter shows in place of the
 * old output. Outside a notebook (tests, a command line), or with {@code -Dnnworkbook.live.text=true}, nothing is connected
 * and the listeners print plain text.
 */
public interface NotebookDisplay {

    /** Replaces what this display shows: a {@code BufferedImage}, a {@code Figure} or a {@code String}. */
    void update(Object value);

    /** Creates a display in the running cell showing {@code value}. */
    interface Opener {
        NotebookDisplay open(Object value);
    }

    /** Where displays come from: the kernel's opener, or none. */
    final class Kernel {
        private static volatile Opener opener;

        private Kernel() {}

        /**
         * Connects the notebook kernel's displays (a kernel extension does this when the kernel starts; tests put a
         * recording opener in place). Null disconnects. Returns the previous opener, to put back later.
         */
        public static Opener use(Opener replacement) {
            Opener previous = opener;
            opener = replacement;
            return previous;
        }

        /** True when displays go to a notebook: an opener is connected and plain text was not asked for. */
        static boolean connected() {
            return opener != null && !Boolean.getBoolean("nnworkbook.live.text");
        }

        /** A new display in the running cell showing {@code value}, or null when not {@link #connected()}. */
        static NotebookDisplay open(Object value) {
            Opener current = opener;
            return current == null || !connected() ? null : current.open(value);
        }
    }
}
