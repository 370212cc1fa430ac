package org.nnworkbook.kernel;

import java.awt.image.BufferedImage;
import java.lang.reflect.Method;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;

/** Shows an XChart chart left as a cell's last value as its PNG picture, via BitmapEncoder. */
final class ChartToImage implements DisplayTransformer {
    private static final String CHART = "org.knowm.xchart.internal.chartpart.IChart";

    @Override
    public boolean canTransform(Object o) {
        return Reflection.isA(o, CHART);
    }

    @Override
    public Class<?> transformedClass() {
        return BufferedImage.class;
    }

    @Override
    public Object transform(Object chart) {
        try {
            ClassLoader loader = chart.getClass().getClassLoader();
            Class<?> chartType = Class.forName(CHART, false, loader);
            Class<?> encoder = Class.forName("org.knowm.xchart.BitmapEncoder", true, loader);
            Method toImage = encoder.getMethod("getBufferedImage", chartType);
            return toImage.invoke(null, chart);
        } catch (ReflectiveOperationException e) {
            // Say why instead of failing the cell: the chart object itself is still usable.
            return chart + " (could not be drawn: " + e + ")";
        }
    }
}
