// How a Jupyter kernel of the IJava line shows the library's values: the one package that uses jjava-jupyter.
/**
 * The library's extension for kernels built on jjava-jupyter (the workbook's kernel, stock JJava):
 * {@link org.nnworkbook.plot.jupyter.WorkbookExtension}. jjava-jupyter is a provided dependency: the kernel brings
 * it, and nothing else in the library refers to this package.
 */
package org.nnworkbook.plot.jupyter;
