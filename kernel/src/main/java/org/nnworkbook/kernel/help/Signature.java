// JShell's one-line description of an element, taken apart into class, member and parameter types.
package org.nnworkbook.kernel.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which declaration a JShell signature names, as far as a source file can tell: JShell writes
 * {@code BoundaryPlot Plots.boundary(Model model, org.nnworkbook.data.Dataset data)} for a method,
 * {@code Linear(int in, int out)} for a constructor, {@code Matrix.rows:int} for a field and
 * {@code org.nnworkbook.plot.Plots} for a class. Packages are written only for names not imported, so the owner
 * may be simple or qualified, and parameter types are compared by simple name ({@code Dataset}, {@code double[]}).
 *
 * @param owner      the declaring class, as written ({@code Plots}, {@code org.nnworkbook.plot.Plots},
 *                   {@code Outer.Inner})
 * @param member     method or field name, {@code <init>} for a constructor, empty for the class itself
 * @param parameters simple erased parameter types ({@code ToIntFunction}, {@code double[]}); empty for a field
 *                   or class
 * @param executable a method or constructor (a field {@code weight} and a method {@code weight()} may share a name)
 */
record Signature(String owner, String member, List<String> parameters, boolean executable) {
    static final String CONSTRUCTOR = "<init>";

    /** Parses JShell's signature; empty for what no source file declares (a variable of the notebook: {@code x:int}). */
    static Optional<Signature> parse(String signature) {
        String s = signature.strip();
        int open = indexAtDepthZero(s, '(', 0);
        if (open >= 0) {
            return executable(s, open);
        }
        int colon = s.indexOf(':');
        String name = eraseGenerics(colon >= 0 ? s.substring(0, colon) : s);
        if (colon >= 0) {
            int dot = name.lastIndexOf('.');
            return dot < 0 ? Optional.empty() // a notebook variable
                    : Optional.of(new Signature(name.substring(0, dot), name.substring(dot + 1), List.of(), false));
        }
        return Optional.of(new Signature(name, "", List.of(), false));
    }

    boolean isType() {
        return member.isEmpty();
    }

    private static Optional<Signature> executable(String s, int open) {
        int close = s.lastIndexOf(')');
        if (close < open) {
            return Optional.empty();
        }
        String head = s.substring(0, open);
        if (head.startsWith("<")) { // a generic constructor's type parameters
            int end = indexAtDepthZero(head, ' ', 0);
            head = end < 0 ? head : head.substring(end + 1);
        }
        int space = lastIndexAtDepthZero(head, ' ');
        String name = eraseGenerics(head.substring(space + 1));
        List<String> parameters = new ArrayList<>();
        for (String parameter : splitAtDepthZero(s.substring(open + 1, close))) {
            parameters.add(simpleType(parameter));
        }
        if (space < 0) {
            return Optional.of(new Signature(name, CONSTRUCTOR, parameters, true));
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.of(new Signature(name.substring(0, dot), name.substring(dot + 1), parameters, true));
    }

    /**
     * {@code java.util.function.ToIntFunction<double[]> classifier} → {@code ToIntFunction}; {@code double... v}
     * → {@code double[]}. Also used on parameter types read from source ({@code final Map<String, X>}).
     */
    static String simpleType(String parameter) {
        String p = eraseGenerics(parameter.strip()).replace("...", "[]").replaceAll("@\\S+\\s+", "")
                .replaceAll("^final\\s+", "");
        int space = p.lastIndexOf(' ');
        String type = space < 0 ? p : p.substring(0, space);
        String dims = type.contains("[") ? type.substring(type.indexOf('[')).replace(" ", "") : "";
        String base = type.contains("[") ? type.substring(0, type.indexOf('[')) : type;
        return base.substring(base.lastIndexOf('.') + 1).strip() + dims;
    }

    static String eraseGenerics(String s) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : s.toCharArray()) {
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static List<String> splitAtDepthZero(String list) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int comma = indexAtDepthZero(list, ',', 0); comma >= 0; comma = indexAtDepthZero(list, ',', from)) {
            parts.add(list.substring(from, comma));
            from = comma + 1;
        }
        if (!list.isBlank()) {
            parts.add(list.substring(from));
        }
        return parts;
    }

    private static int indexAtDepthZero(String s, char wanted, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == wanted && depth == 0) {
                return i;
            }
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
        }
        return -1;
    }

    private static int lastIndexAtDepthZero(String s, char wanted) {
        int found = -1;
        for (int i = indexAtDepthZero(s, wanted, 0); i >= 0; i = indexAtDepthZero(s, wanted, i + 1)) {
            found = i;
        }
        return found;
    }
}
