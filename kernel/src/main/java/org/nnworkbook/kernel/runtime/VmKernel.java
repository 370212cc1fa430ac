// The BaseKernel instance inside the execution VM: a real Renderer and extensions, no protocol.
package org.nnworkbook.kernel.runtime;

import java.io.PrintStream;
import java.util.List;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;

/**
 * What the display contract promises libraries: {@code BaseKernel.notebookKernel()} is this
 * object, {@link #getRenderer()} is a jjava Renderer that every Extension on the execution VM's
 * classpath has registered its render functions on, and {@link #display(DisplayData)} /
 * {@code getIO().display.updateDisplay(id, data)} reach the notebook. Evaluation, completion and
 * inspection belong to the kernel process, so they are not offered here.
 */
final class VmKernel extends BaseKernel {

    VmKernel(PrintStream channel) {
        super("nn-workbook", "1", new LanguageInfo.Builder("java").build(), List.of(), null,
                new ForwardingIO(channel), new CommManager(), new Renderer(), null, null, true,
                new StringStyler.Builder().build());
    }

    @Override
    public Object evalRaw(String source) {
        throw new UnsupportedOperationException("cells are evaluated by the kernel process, not from inside a cell");
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return null;
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        return null;
    }

    @Override
    public String isComplete(String code) {
        return IS_COMPLETE_MAYBE;
    }
}
