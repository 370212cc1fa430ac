// The fingerprint of a locked cell: a hash of what a student must not change.
package org.nnworkbook.grader.notebook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Covers the cell type, the grade_id and the source with line endings and trailing blanks
 * normalised, so that a notebook re-saved on Windows is not taken for an edited one.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    public static String of(Cell cell) {
        return of(cell.type(), cell.gradeId(), cell.source());
    }

    public static String of(String type, String gradeId, String source) {
        String normalised = source.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
        String text = type + "\n" + gradeId + "\n" + normalised;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
