// What every plot helper returns: a picture the notebook shows inline and that can be saved as PNG.
package org.nnworkbook.plot;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * A finished picture. Left as a cell's last value, the workbook kernel shows it as a PNG image;
 * {@link #save} writes the same picture to a file.
 *
 * <pre>{@code
 * jshell> Figure f = Plots.scatter("Moons", Synthetic.moons(200, 0.1, 1));
 * jshell> f.width() + "×" + f.height()
 * $2 ==> "640×480"
 * jshell> f.save("moons.png")          // → the absolute path written
 * }</pre>
 */
public interface Figure {

    /** The picture (RGB, white background), {@link #width()} × {@link #height()} pixels. */
    BufferedImage image();

    /** Writes the picture as PNG to {@code file} (folders are created; ".png" is appended when missing). */
    Path save(String file);

    int width();

    int height();
}
