// The library's displays in any kernel built on jjava-jupyter: pictures as PNG, tables as HTML, live training in place.
package org.nnworkbook.plot.jupyter;

import java.awt.image.BufferedImage;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.plot.Figure;
import org.nnworkbook.plot.NotebookDisplay;
import tech.tablesaw.table.Relation;

/**
 * Teaches a kernel of the IJava line (the workbook's own, stock JJava, anything built on jjava-jupyter) how to show
 * the library's values. The kernel finds this class through {@code META-INF/services/org.dflib.jjava.jupyter.Extension}
 * when the library's jar is on its classpath and calls {@link #install} once. Then, as a cell's value or through
 * {@code display(...)}:
 * <ul>
 *   <li>a {@link Figure} and any XChart chart show as a PNG picture (text/plain: a one-line description);</li>
 *   <li>a Tablesaw table ({@link Relation}: a {@code Table} or a slice of one) as an HTML table, long ones elided
 *       in the middle (text/plain: Tablesaw's printout);</li>
 *   <li>a {@link Matrix} as its text: shape, then rows, elided in the middle when large;</li>
 *   <li>a {@code BufferedImage} as PNG: jjava-jupyter's own renderer does that already.</li>
 * </ul>
 * It also connects {@link NotebookDisplay}, so {@code Live}'s listeners open one output per {@code fit} and replace
 * it in place. This package alone in the library uses jjava types; outside a kernel it is never loaded.
 */
public final class WorkbookExtension implements Extension {
    private KernelDisplays displays;

    @Override
    public void install(BaseKernel kernel) {
        Renderer renderer = kernel.getRenderer();
        renderer.createRegistration(Figure.class).preferring(MIMEType.IMAGE_PNG)
                .register((figure, context) -> picture(figure.image(), describe(figure), context));
        renderer.createRegistration(Chart.class).preferring(MIMEType.IMAGE_PNG)
                .register((chart, context) -> picture(BitmapEncoder.getBufferedImage(chart), describe(chart), context));
        renderer.createRegistration(Relation.class).preferring(MIMEType.TEXT_HTML)
                .register((table, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> TableHtml.of(table));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> table.print());
                });
        renderer.createRegistration(Matrix.class).preferring(MIMEType.TEXT_PLAIN)
                .register((matrix, context) -> context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> matrix.toString()));

        displays = new KernelDisplays(kernel);
        NotebookDisplay.Kernel.use(displays);
    }

    @Override
    public void uninstall(BaseKernel kernel) {
        NotebookDisplay.Opener previous = NotebookDisplay.Kernel.use(null);
        if (previous != displays) {
            NotebookDisplay.Kernel.use(previous);      // connected by another kernel since: leave it
        }
    }

    private static void picture(BufferedImage image, String text, RenderContext context) {
        context.renderIfRequested(MIMEType.IMAGE_PNG, () -> Png.base64(image));
        context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> text);
    }

    /** The figure's own description; "Figure 640×420" for one without (a notebook's {@code new Figure() {...}}). */
    private static String describe(Figure figure) {
        String text = figure.toString();
        boolean objectsDefault = text.equals(figure.getClass().getName() + "@" + Integer.toHexString(figure.hashCode()));
        return objectsDefault ? "Figure " + figure.width() + "×" + figure.height() : text;
    }

    /** "XYChart 640×420: title", what a text-only front end shows. */
    private static String describe(Chart<?, ?> chart) {
        String title = chart.getTitle() == null || chart.getTitle().isEmpty() ? "" : ": \"" + chart.getTitle() + "\"";
        return chart.getClass().getSimpleName() + " " + chart.getWidth() + "×" + chart.getHeight() + title;
    }
}
