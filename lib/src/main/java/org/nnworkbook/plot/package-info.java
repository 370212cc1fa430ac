// The workbook's pictures: one static call each in Plots, every result a Figure the notebook shows inline.
/**
 * Plot helpers drawn with XChart and Java2D. Start with {@link org.nnworkbook.plot.Plots}; every method
 * returns a {@link org.nnworkbook.plot.Figure}, shown as a PNG when it is a notebook cell's last value.
 * {@link org.nnworkbook.plot.Palette} fixes one colour per class for every plot.
 */
package org.nnworkbook.plot;
