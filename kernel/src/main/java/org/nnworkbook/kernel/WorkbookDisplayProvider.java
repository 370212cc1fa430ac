package org.nnworkbook.kernel;

import java.util.List;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;
import org.rapaio.jupyter.kernel.global.Global;

/**
 * How notebook values are shown by the rapaio kernel: workbook figures and XChart charts as PNG images,
 * Tablesaw tables as HTML tables, everything else as plain text. Not part of the library: the kernel finds this
 * class through {@link java.util.ServiceLoader} because this jar is on the kernel's own classpath.
 *
 * <p>The notebooks' classes (XChart, Tablesaw, nn-lib) live in JShell's class loader, a child of
 * the one that loaded this class, so they are recognised by class name and called reflectively.
 */
public final class WorkbookDisplayProvider implements DisplayProvider {

    public WorkbookDisplayProvider() {
        // The kernel labels every toString() as text/html by default, so a browser folds the
        // spaces and line breaks of a matrix or a table printout. Plain text keeps them.
        Global.options().set("display.defaultMime", "text/plain");
    }

    @Override
    public List<DisplayRenderer> getDisplayRenderers() {
        return List.of(new HtmlFragment.Renderer());
    }

    @Override
    public List<DisplayTransformer> getDisplayTransformers() {
        return List.of(new FigureToImage(), new ChartToImage(), new TableToHtml());
    }
}
