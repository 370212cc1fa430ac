// Central-difference gradient checking with CS231n-style relative errors.
/** Central-difference gradient checking with CS231n-style relative errors. */
package org.nnworkbook.nn.gradcheck;
