// A value only the test extension knows how to draw: a square of one colour.
package org.nnworkbook.kernel.testext;

/** Stands in for a library figure in the kernel's display tests (lib's own extension is tested in lib). */
public record Swatch(int rgb, int size) {
}
