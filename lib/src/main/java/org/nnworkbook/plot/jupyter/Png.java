// A picture as the base64 PNG text that Jupyter's image/png output holds.
package org.nnworkbook.plot.jupyter;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.imageio.ImageIO;

/** PNG encoding for display data. */
final class Png {
    private Png() {}

    /** {@code image} as PNG, base64-encoded (no line breaks), as a display_data message carries it. */
    static String base64(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = Base64.getEncoder().wrap(bytes)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this Java runtime (javax.imageio)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the picture as PNG", e);
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }
}
