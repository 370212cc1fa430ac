// Implementation details (matrix-multiply kernels, checks, formatting); not API, may change.
/** Implementation details (matrix-multiply kernels, checks, formatting); not API, may change. */
package org.nnworkbook.nn.internal;
