// What figures drawn on demand share: a size, the image cached until what it shows changes, saving; not a picture by itself.
package org.nnworkbook.plot;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A figure drawn the first time its image is asked for, and again after {@link #redraw()} or when
 * {@link #drawnFrom()} (what the picture shows of things outside it, such as a model's weights) has changed.
 */
abstract class DrawnFigure implements Figure {
    private int width;
    private int height;
    private BufferedImage image;
    private Object drawnFrom;

    DrawnFigure(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Draws the picture at {@link #width()} × {@link #height()}. */
    abstract BufferedImage draw();

    @Override
    public synchronized BufferedImage image() {
        Object now = drawnFrom();
        if (image == null || !Objects.equals(now, drawnFrom)) {
            image = draw();
            drawnFrom = now;
        }
        return image;
    }

    /**
     * A value that changes whenever the picture would (compared with {@code equals}); {@code null}, the
     * default, for a figure that changes only through its own setters, which call {@link #redraw()}.
     */
    Object drawnFrom() {
        return null;
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
