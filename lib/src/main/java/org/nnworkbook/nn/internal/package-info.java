// Kernels and checks on plain arrays and numbers (matrix multiply, stable sigmoid/softmax/log-sum-exp, argument checks); depends on nothing of ours, used only inside org.nnworkbook.nn; not API.
/** Kernels and checks on plain arrays and numbers (matrix multiply, stable sigmoid/softmax/log-sum-exp, argument checks); depends on nothing of ours, used only inside org.nnworkbook.nn; not API. */
package org.nnworkbook.nn.internal;
