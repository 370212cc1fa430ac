// What figures drawn on demand share: a size, the image cached after the first drawing, saving; not a picture by itself.
package org.nnworkbook.plot;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/** A figure drawn the first time its image is asked for, and again after {@link #redraw()}. */
abstract class DrawnFigure implements Figure {
    private int width;
    private int height;
    private BufferedImage image;

    DrawnFigure(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Draws the picture at {@link #width()} × {@link #height()}. */
    abstract BufferedImage draw();

    @Override
    public synchronized BufferedImage image() {
        if (image == null) {
            image = draw();
        }
        return image;
    }

    @Override
    public Path save(String file) {
        return Picture.write(image(), file);
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    synchronized void resize(int newWidth, int newHeight) {
        width = newWidth;
        height = newHeight;
        image = null;
    }

    /** Forgets the drawn picture: something it shows has changed (a setter, or a model that trained on). */
    synchronized void redraw() {
        image = null;
    }
}
