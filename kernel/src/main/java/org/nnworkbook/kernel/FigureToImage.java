package org.nnworkbook.kernel;

import java.awt.image.BufferedImage;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;

/**
 * Shows a workbook {@code Figure} (org.nnworkbook.plot: every plot helper's result, a BoundaryPlot included)
 * left as a cell's last value as its PNG picture, through its {@code image()} method.
 */
final class FigureToImage implements DisplayTransformer {
    private static final String FIGURE = "org.nnworkbook.plot.Figure";

    @Override
    public boolean canTransform(Object o) {
        return Reflection.isA(o, FIGURE);
    }

    @Override
    public Class<?> transformedClass() {
        return BufferedImage.class;
    }

    @Override
    public Object transform(Object figure) {
        try {
            Class<?> type = Class.forName(FIGURE, false, figure.getClass().getClassLoader());
            return type.getMethod("image").invoke(figure);
        } catch (ReflectiveOperationException e) {
            // A drawing error (say, a model that fails on the plot's grid) is shown instead of a broken cell.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return figure.getClass().getSimpleName() + " could not be drawn: " + cause;
        }
    }
}
