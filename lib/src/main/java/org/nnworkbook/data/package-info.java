// Data for the notebooks: labelled data sets, splits, standardisation, the real files and synthetic sets.
/**
 * Labelled data: {@link org.nnworkbook.data.Dataset} (features with class labels or regression targets),
 * {@link org.nnworkbook.data.Split} and {@link org.nnworkbook.data.Standardizer}; the workbook's data files
 * through {@link org.nnworkbook.data.Datasets} and seeded toy data through {@link org.nnworkbook.data.Synthetic}.
 */
package org.nnworkbook.data;
