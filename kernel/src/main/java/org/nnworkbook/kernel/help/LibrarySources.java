// Finds a library declaration's doc comment in the library's sources (a sources jar or a source folder).
package org.nnworkbook.kernel.help;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The library's Javadoc, read where javadoc itself reads it: from the sources. JShell's own lookup only knows the
 * JDK's {@code src.zip}, so library sources are searched here, by the {@link Signature} JShell gives.
 * Each request parses one file (a few ms); which files exist is listed once, on first use.
 */
final class LibrarySources {
    private final List<Path> roots;
    /** {@code org.nnworkbook.plot.Plots} → where its file is; filled on first use. */
    private Map<String, Path> files;

    /** @param roots sources jars ({@code nn-lib-sources.jar}) or folders of {@code .java} files; missing ones are skipped */
    LibrarySources(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /**
     * The doc comment of the declaration {@code signature} names, if the sources have it and it has one. A method
     * without a comment of its own (an {@code @Override}) shows the one of the method it overrides, as javadoc does.
     */
    synchronized Optional<DocCommentTree> docComment(Signature signature) {
        return docComment(signature, false, new HashSet<>());
    }

    private Optional<DocCommentTree> docComment(Signature signature, boolean inherited, Set<String> visited) {
        Optional<Map.Entry<String, Path>> file = findFile(signature.owner());
        if (file.isEmpty() || !visited.add(file.get().getKey() + signature.owner())) {
            return Optional.empty();
        }
        String qualified = file.get().getKey();
        JavaParser.Parsed parsed = JavaParser.parse(qualified + ".java", read(file.get().getValue(), qualified));
        Optional<ClassTree> type = findClass(parsed, simpleName(qualified) + nestedPart(signature.owner(), qualified));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Optional<Tree> member = signature.isType() ? Optional.of(type.get()) : member(type.get(), signature);
        if (member.isEmpty()) {
            // a record's canonical constructor is documented on the record; an inherited member is not here
            return inherited ? Optional.empty() : Optional.ofNullable(parsed.docComment(type.get()));
        }
        DocCommentTree own = parsed.docComment(member.get());
        if (hasText(own) || !(member.get() instanceof MethodTree)) {
            return Optional.ofNullable(own);
        }
        for (Tree supertype : supertypes(type.get())) {
            Signature overridden = new Signature(Signature.eraseGenerics(supertype.toString()), signature.member(),
                    signature.parameters(), true);
            Optional<DocCommentTree> found = docComment(overridden, true, visited);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.ofNullable(own);
    }

    private static boolean hasText(DocCommentTree doc) {
        return doc != null && doc.getFullBody().stream().anyMatch(tree -> tree.getKind() != DocTree.Kind.INHERIT_DOC);
    }

    private static List<Tree> supertypes(ClassTree type) {
        List<Tree> supertypes = new ArrayList<>();
        if (type.getExtendsClause() != null) {
            supertypes.add(type.getExtendsClause());
        }
        supertypes.addAll(type.getImplementsClause());
        return supertypes;
    }

    /** The qualified name of the top-level class {@code owner} is in (or is), and its root; qualified names first. */
    private Optional<Map.Entry<String, Path>> findFile(String owner) {
        Map<String, Path> known = files();
        for (Map.Entry<String, Path> file : known.entrySet()) {
            if (owner.equals(file.getKey()) || owner.startsWith(file.getKey() + ".")) {
                return Optional.of(file);
            }
        }
        String topLevel = owner.contains(".") ? owner.substring(0, owner.indexOf('.')) : owner;
        return known.entrySet().stream().filter(file -> simpleName(file.getKey()).equals(topLevel)).findFirst();
    }

    /** What of {@code owner} lies inside the top-level class: {@code ".Inner"} of {@code Outer.Inner}, else "". */
    private static String nestedPart(String owner, String qualified) {
        return owner.substring(owner.startsWith(qualified) ? qualified.length() : simpleName(qualified).length());
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    private static Optional<ClassTree> findClass(JavaParser.Parsed parsed, String dottedName) {
        String[] names = dottedName.split("\\.");
        List<? extends Tree> scope = parsed.unit().getTypeDecls();
        ClassTree found = null;
        for (String name : names) {
            found = scope.stream()
                    .filter(tree -> tree instanceof ClassTree type && type.getSimpleName().contentEquals(name))
                    .map(ClassTree.class::cast).findFirst().orElse(null);
            if (found == null) {
                return Optional.empty();
            }
            scope = found.getMembers();
        }
        return Optional.ofNullable(found);
    }

    /**
     * The member {@code signature} names: same name and parameter types; else the only member of that name with
     * that many parameters (parameter types JShell and the source spell differently).
     */
    private static Optional<Tree> member(ClassTree type, Signature signature) {
        List<? extends Tree> named = type.getMembers().stream()
                .filter(member -> (member instanceof MethodTree) == signature.executable())
                .filter(member -> nameOf(member).equals(signature.member())).toList();
        Optional<? extends Tree> exact = named.stream()
                .filter(member -> parameterTypes(member).equals(signature.parameters())).findFirst();
        if (exact.isPresent()) {
            return Optional.of(exact.get());
        }
        List<? extends Tree> sameArity = named.stream()
                .filter(member -> parameterTypes(member).size() == signature.parameters().size()).toList();
        return sameArity.size() == 1 ? Optional.of(sameArity.get(0)) : Optional.empty();
    }

    private static String nameOf(Tree member) {
        if (member instanceof MethodTree method) {
            return method.getName().toString();
        }
        return member instanceof VariableTree field ? field.getName().toString() : "";
    }

    private static List<String> parameterTypes(Tree member) {
        if (!(member instanceof MethodTree method)) {
            return List.of();
        }
        return method.getParameters().stream().map(p -> Signature.simpleType(p.getType().toString())).toList();
    }

    private Map<String, Path> files() {
        if (files == null) {
            Map<String, Path> found = new LinkedHashMap<>();
            for (Path root : roots) {
                javaFiles(root).forEach(relative -> found.putIfAbsent(
                        relative.substring(0, relative.length() - ".java".length()).replace('/', '.'), root));
            }
            files = found;
        }
        return files;
    }

    /** The {@code .java} files under {@code root}, as {@code org/nnworkbook/plot/Plots.java}. */
    private static List<String> javaFiles(Path root) {
        try {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    return walk.map(p -> root.relativize(p).toString().replace('\\', '/'))
                            .filter(LibrarySources::isClassFile).toList();
                }
            }
            if (Files.isRegularFile(root)) {
                try (ZipFile jar = new ZipFile(root.toFile())) {
                    return jar.stream().map(ZipEntry::getName).filter(LibrarySources::isClassFile).toList();
                }
            }
            return List.of();
        } catch (IOException e) {
            return List.of(); // an unreadable root documents nothing; the others still do
        }
    }

    private static boolean isClassFile(String path) {
        return path.endsWith(".java") && !path.endsWith("package-info.java") && !path.endsWith("module-info.java");
    }

    private static String read(Path root, String qualified) {
        String relative = qualified.replace('.', '/') + ".java";
        try {
            if (Files.isDirectory(root)) {
                return Files.readString(root.resolve(relative));
            }
            try (ZipFile jar = new ZipFile(root.toFile())) {
                ZipEntry entry = jar.getEntry(relative);
                return new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the file was listed a moment ago: Guard turns this into no help
        }
    }
}
