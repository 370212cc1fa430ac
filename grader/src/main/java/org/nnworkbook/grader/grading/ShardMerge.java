// grade merge: the output folders of shards (or of any grade runs of one assignment) combined into one.
package org.nnworkbook.grader.grading;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Nothing is written unless every folder is complete (each submission of its batch has a trusted
 * result, no file without its record), all were graded under one assignment fingerprint, and a
 * submission found in two folders has byte-identical files there. The merged folder has every
 * result's three files and a grades.csv written as one grade run writes it, so it equals one run's.
 */
public final class ShardMerge {
    private ShardMerge() {
    }

    /** @return the exit code: 0 merged, 2 refused (every reason listed on err) */
    public static int merge(List<Path> dirs, Path target, Roster roster, PrintWriter out, PrintWriter err) throws IOException {
        List<String> problems = new ArrayList<>();
        if (Files.isDirectory(target)) {
            try (Stream<Path> content = Files.list(target)) {
                if (content.findAny().isPresent()) {
                    problems.add("--out " + target + " is not empty; merge into a new folder");
                }
            }
        }
        Map<String, Path> sources = new TreeMap<>();
        Map<RunFolder.Stamp, List<String>> stamps = new LinkedHashMap<>();
        List<String> batch = new ArrayList<>();
        Map<List<Path>, List<String>> clashes = new LinkedHashMap<>(); // (first folder, second folder) -> names
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                problems.add(dir + " is not a folder");
                continue;
            }
            if (dir.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
                problems.add(dir + " is also --out; merge into a new folder");
                continue;
            }
            RunFolder folder = new RunFolder(dir);
            SortedMap<String, RunFolder.Kept> kept = folder.kept();
            List<String> expected = folder.batch();
            if (expected == null) {
                problems.add(dir + " was not written by grade (no " + RunFolder.RECORDS + "/batch.txt); name the --out folders of grade runs");
                continue;
            }
            List<String> incomplete = new ArrayList<>(new TreeSet<>(folder.names()));
            incomplete.addAll(expected);
            incomplete = incomplete.stream().distinct().filter(name -> !kept.containsKey(name)).sorted().toList();
            if (!incomplete.isEmpty()) {
                problems.add(dir + ": " + incomplete.size() + " submission(s) have no complete result (a missing or changed file"
                        + " among results/NAME.json, feedback/NAME.html, " + RunFolder.RECORDS + "/NAME.json): "
                        + RunPlan.abbreviated(incomplete) + "; run that grade command again to finish it");
            }
            batch.addAll(expected);
            for (RunFolder.Kept result : kept.values()) {
                stamps.computeIfAbsent(result.stamp(), s -> new ArrayList<>()).add(dir.toString());
                Path earlier = sources.putIfAbsent(result.name(), dir);
                if (earlier != null && !sameFiles(earlier, dir, result.name())) {
                    clashes.computeIfAbsent(List.of(earlier, dir), pair -> new ArrayList<>()).add(result.name());
                }
            }
        }
        clashes.forEach((pair, names) -> problems.add(names.size() + " submission(s) are in " + pair.get(0) + " and in "
                + pair.get(1) + " with different results: " + RunPlan.abbreviated(names)
                + "; delete them from one of the folders (or grade them again in one)"));
        if (stamps.size() > 1) {
            StringBuilder which = new StringBuilder("the folders were graded with different assignments or set-ups"
                    + " (notebook, hidden tests, grader, limits, isolation or classpath):");
            stamps.forEach((stamp, where) -> which.append("\n  ").append(stamp.assignment()).append(" ")
                    .append(stamp.fingerprint(), 0, 12).append(": ").append(where.size()).append(" result(s) in ")
                    .append(String.join(", ", new TreeSet<>(where))));
            problems.add(which + "\n  grade them again with the same assignment and options");
        }
        if (dirs.isEmpty() || sources.isEmpty() && problems.isEmpty()) {
            problems.add("nothing to merge: name the --out folders of grade runs");
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("merge: " + p));
            err.println("merge: nothing was written");
            return 2;
        }
        RunFolder merged = new RunFolder(Files.createDirectories(target));
        for (Map.Entry<String, Path> source : sources.entrySet()) {
            for (String file : RunFolder.filesOf(source.getKey())) {
                Files.createDirectories(target.resolve(file).getParent());
                Files.copy(source.getValue().resolve(file), target.resolve(file));
            }
        }
        merged.writeBatch(batch.stream().distinct().sorted().toList());
        int rows = GradesFile.write(merged, List.of(), roster, true, out);
        out.println("merged " + sources.size() + " result(s) from " + dirs.size() + " folder(s) into " + target
                + " (grades.csv: " + rows + " row(s))");
        return 0;
    }

    private static boolean sameFiles(Path one, Path other, String name) throws IOException {
        for (String file : RunFolder.filesOf(name)) {
            if (!Arrays.equals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(other.resolve(file)))) {
                return false;
            }
        }
        return true;
    }
}
