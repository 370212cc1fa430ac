// The small assignment bundled with the grader (sigmoid, relu, dot, mse), for bench and the grader's own tests.
package org.nnworkbook.grader.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a workbook assignment (those live in notebooks/ with tests in grader/assignments/): it is
 * copied out of the jar into a folder laid out like the workbook, notebooks/ and
 * grader/assignments/, so it is found by the same convention as real assignments.
 */
public final class SampleAssignment {
    public static final String ID = "sample-activations";
    private static final String ROOT = "/org/nnworkbook/grader/sample/";

    private SampleAssignment() {
    }

    /** Copies the sample into {@code root}; returns the instructor notebook's path. */
    public static Path extractTo(Path root) throws IOException {
        String index;
        try (InputStream in = resource("files.txt")) {
            index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String file : index.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            Path target = root.resolve(file);
            Files.createDirectories(target.getParent());
            try (InputStream in = resource(file)) {
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return root.resolve("notebooks").resolve(ID + ".ipynb");
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SampleAssignment.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IOException("the grader's sample file " + name + " is missing from its jar");
        }
        return in;
    }
}
