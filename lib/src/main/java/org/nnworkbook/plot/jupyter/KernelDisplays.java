// NotebookDisplay on a jjava-jupyter kernel: display_data with a fresh display id, then update_display_data for it.
package org.nnworkbook.plot.jupyter;

import java.util.UUID;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.nnworkbook.plot.NotebookDisplay;

/**
 * Opens displays in the cell the kernel is running. Each value is rendered by the kernel's own {@code Renderer}, so
 * a live picture or progress line looks exactly as it would as a cell's value.
 */
final class KernelDisplays implements NotebookDisplay.Opener {
    private final BaseKernel kernel;

    KernelDisplays(BaseKernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public NotebookDisplay open(Object value) {
        String id = UUID.randomUUID().toString();
        DisplayData first = kernel.getRenderer().render(value);
        first.setDisplayId(id);
        kernel.display(first);
        return next -> kernel.getIO().display.updateDisplay(id, kernel.getRenderer().render(next));
    }
}
