// One exercise's answer in a submission, as the class report compares answers: a hash, never the code.
package org.nnworkbook.grader.result;

/**
 * @param hash           the first 16 hex digits of the SHA-256 of the answer's code, without comments and whitespace
 * @param sameAsSolution whether it is the instructor's own solution
 */
public record Answer(String hash, boolean sameAsSolution) {
}
