// Class-data sharing never costs a start: kernels with broken, stale, foreign or missing archives answer `1 + 1`.
package org.nnworkbook.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * kernel/kernelspec.sh names two archives (see {@link ClassDataSharing}): the kernel JVM's in argv,
 * the execution VM's in NN_WORKBOOK_VM_ARCHIVE. Each case here copies that kernelspec with both
 * pointing at a bad archive. A JVM that printed its complaint would show it in the cell's stream
 * (the VM) or break the driver's JSON answers (the kernel's stdout is the driver's): both fail.
 * Not here: an archive cut short, on which JDK 17 crashes (JDK 25 ignores it); the training
 * installs only archives that map, and replaces them whole (kernel/kernelspec.sh).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClassDataSharingIT {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    /** What can be wrong with an archive when a kernel starts. */
    enum Broken {
        /** Bytes that are no archive at all. */
        CORRUPT,
        /** Each archive given to the other JVM: classpaths that differ, as after a rebuild with other jars. */
        STALE,
        /** Archives written by Temurin 25, read by the JDK running the tests. */
        OTHER_JDK,
        /** Files that are not there (`mvn clean`, a moved project). */
        MISSING
    }

    @Test
    void the_kernelspec_names_both_archives_the_training_made() throws Exception {
        Archives archives = Archives.of(KernelClient.kernelspec(JAVA_HOME, ""));
        assertThat(archives.kernel()).isRegularFile().isNotEmptyFile();
        assertThat(archives.vm()).isRegularFile().isNotEmptyFile();
    }

    @ParameterizedTest
    @EnumSource(Broken.class)
    void a_kernel_with_a_bad_archive_starts_and_answers_as_without(Broken broken) throws Exception {
        Path spec = KernelClient.kernelspec(JAVA_HOME, "");
        Archives good = Archives.of(spec);
        Path folder = KernelClient.MODULE.resolve("target/cds-" + broken.name().toLowerCase());
        Files.createDirectories(folder);
        Archives bad = switch (broken) {
            case CORRUPT -> new Archives(write(folder.resolve("kernel.jsa"), noise(1 << 16)), write(folder.resolve("vm.jsa"), noise(1 << 16)));
            case STALE -> new Archives(good.vm(), good.kernel());
            case OTHER_JDK -> otherJdkArchives();
            case MISSING -> new Archives(folder.resolve("gone/kernel.jsa"), folder.resolve("gone/vm.jsa"));
        };
        Path jupyter = folder.resolve("jupyter");
        bad.writeInto(spec, jupyter);
        try (KernelClient kernel = KernelClient.startFrom(jupyter)) {
            KernelClient.Cell sum = kernel.execute("1 + 1");
            assertThat(sum.text()).isEqualTo("2");
            assertThat(sum.stream()).isEmpty();
            assertThat(kernel.execute("System.out.println(\"printed\");").stream()).isEqualTo("printed\n");
        }
    }

    /** Temurin 25's archives, read by the JDK running the tests (skipped when that is Temurin 25 itself). */
    private static Archives otherJdkArchives() throws IOException, InterruptedException {
        Path other = InterruptIT.TEMURIN_25;
        assumeTrue(Files.isExecutable(other.resolve("bin/java")), "no Temurin 25 at " + other);
        assumeTrue(!JAVA_HOME.toRealPath().equals(other.toRealPath()), "the tests run on Temurin 25 itself");
        return Archives.of(KernelClient.kernelspec(other, ""));
    }

    private static byte[] noise(int size) {
        byte[] bytes = new byte[size];
        new Random(17).nextBytes(bytes);
        return bytes;
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        Files.deleteIfExists(file); // the JVM writes archives read-only
        return Files.write(file, bytes);
    }

    /** The kernel JVM's archive and the execution VM's, as a kernelspec names them. */
    private record Archives(Path kernel, Path vm) {
        private static final String OPTION = "-XX:SharedArchiveFile=";

        static Archives of(Path jupyter) throws IOException {
            JsonObject spec = read(jupyter);
            String kernel = "";
            for (var argument : spec.getAsJsonArray("argv")) {
                if (argument.getAsString().startsWith(OPTION)) {
                    kernel = argument.getAsString().substring(OPTION.length());
                }
            }
            String vm = spec.getAsJsonObject("env").get(ClassDataSharing.VM_ARCHIVE_VARIABLE).getAsString();
            return new Archives(Path.of(kernel), Path.of(vm));
        }

        /** Writes {@code from}'s kernelspec under {@code jupyter}, naming these archives instead. */
        void writeInto(Path from, Path jupyter) throws IOException {
            JsonObject spec = read(from);
            JsonArray argv = new JsonArray();
            for (var argument : spec.getAsJsonArray("argv")) {
                argv.add(argument.getAsString().startsWith(OPTION) ? new JsonPrimitive(OPTION + kernel) : argument);
            }
            spec.add("argv", argv);
            spec.getAsJsonObject("env").addProperty(ClassDataSharing.VM_ARCHIVE_VARIABLE, vm.toString());
            Path file = jupyter.resolve("kernels/nn-workbook/kernel.json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, GSON.toJson(spec), StandardCharsets.UTF_8);
        }

        private static JsonObject read(Path jupyter) throws IOException {
            return GSON.fromJson(Files.readString(jupyter.resolve("kernels/nn-workbook/kernel.json")), JsonObject.class);
        }
    }
}
