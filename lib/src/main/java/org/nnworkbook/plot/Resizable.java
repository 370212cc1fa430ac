// A figure that can draw itself at another size with the same font sizes (used by grids); internal.
package org.nnworkbook.plot;

/** Implemented by figures that are drawn from data, not from a finished image. */
interface Resizable {
    /** The same picture drawn at {@code width × height}. */
    Figure resized(int width, int height);
}
