// The workbook's root package: the NN facade (one static import for notebooks); plotting and data packages join it later.
/** {@link org.nnworkbook.NN}: static factories for notebooks, {@code import static org.nnworkbook.NN.*;}. */
package org.nnworkbook;
