// Layers with forward and backward together: the Layer interface, BufferReusingLayer (the library's faster passes), TrainingPasses, Linear and Sequential (with the MLP builder).
/** Layers with forward and backward together: the Layer interface, BufferReusingLayer (the library's faster passes), TrainingPasses, Linear and Sequential (with the MLP builder). */
package org.nnworkbook.nn.layers;
