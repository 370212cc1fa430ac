// Seeded weight initialisers and the default random sequence (manualSeed).
/** Seeded weight initialisers and the default random sequence (manualSeed). */
package org.nnworkbook.nn.init;
