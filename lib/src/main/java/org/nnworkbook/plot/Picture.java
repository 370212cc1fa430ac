// A Figure that is just a finished image (grids, image tiles, graphs); the renderers that make them are elsewhere.
package org.nnworkbook.plot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** An already-drawn picture with a short description for {@code toString()} (what a text console shows). */
final class Picture implements Figure {
    private final BufferedImage image;
    private final String description;

    Picture(BufferedImage image, String description) {
        this.image = image;
        this.description = description;
    }

    @Override
    public BufferedImage image() {
        return image;
    }

    @Override
    public Path save(String file) {
        return write(image, file);
    }

    @Override
    public int width() {
        return image.getWidth();
    }

    @Override
    public int height() {
        return image.getHeight();
    }

    @Override
    public String toString() {
        return describe(this, description);
    }

    static String describe(Figure f, String description) {
        return "Figure " + f.width() + "×" + f.height() + ": " + description
                + " (shown as a picture in a notebook; save(\"name.png\") writes it)";
    }

    /** Writes {@code image} as PNG; shared by every figure. */
    static Path write(BufferedImage image, String file) {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("save: give a file name such as \"boundary.png\"");
        }
        Path path = Path.of(file.toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? file : file + ".png")
                .toAbsolutePath();
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            if (!ImageIO.write(image, "png", path.toFile())) {
                throw new IllegalStateException("save: no PNG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("save: could not write " + path + " (" + e.getMessage()
                    + "); check the folder exists and is writable", e);
        }
        return path;
    }
}
