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
        // Not first.setDisplayId(id): it returns void in jjava-jupyter 1.0-a6 and DisplayData in 1.0-a8 (stock
        // JJava 1.0a8), so a call compiled against one is a NoSuchMethodError in the other. This method is in both.
        first.putTransientData(DisplayData.DISPLAY_ID_KEY, id);
        kernel.display(first);
        return next -> kernel.getIO().display.updateDisplay(id, kernel.getRenderer().render(next));
    }
}
