// A jjava Extension, as a library would ship one, that draws a Swatch as a PNG.
package org.nnworkbook.kernel.testext;

import java.awt.image.BufferedImage;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

/** Registered through META-INF/services; the execution VM's kernel object installs it at start. */
public final class SwatchExtension implements Extension {

    @Override
    public void install(BaseKernel kernel) {
        kernel.getRenderer().createRegistration(Swatch.class)
                .preferring(MIMEType.IMAGE_PNG)
                .supporting(MIMEType.IMAGE_PNG, MIMEType.TEXT_PLAIN)
                .register((swatch, context) -> {
                    BufferedImage image = new BufferedImage(swatch.size(), swatch.size(), BufferedImage.TYPE_INT_RGB);
                    for (int x = 0; x < swatch.size(); x++) {
                        for (int y = 0; y < swatch.size(); y++) {
                            image.setRGB(x, y, swatch.rgb());
                        }
                    }
                    // jjava's own image rendering makes the PNG; then a short text for text-only clients
                    context.getOutputContainer().assign(context.getRenderer().renderAs(image, MIMEType.IMAGE_PNG.toString()));
                    context.getOutputContainer().putText("Swatch " + swatch.size() + "x" + swatch.size());
                });
    }
}
