// Labelled data for training and plotting: features plus class labels or regression targets; not a loader.
package org.nnworkbook.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.ShapeException;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Immutable labelled data: features {@code x [n, d]} and either a class label per row (classification) or
 * targets {@code y [n, k]} (regression). Every accessor returns a copy, so changing a returned matrix never
 * changes the data set.
 *
 * <pre>{@code
 * jshell> var data = Synthetic.moons(200, 0.1, 1);
 * jshell> data.x().shape() + " " + data.classes() + " classes " + data.classNames()
 * $2 ==> "[200, 2] 2 classes [0, 1]"
 * jshell> var split = data.split(0.6, 0.2, 42).standardized();    // train 120, validation 40, test 40
 * jshell> trainer(net, crossEntropy(), adam(net, 0.01)).fit(split.train().x(), split.train().y());
 * }</pre>
 */
public final class Dataset {
    private final String name;
    private final Matrix x;               // [n, d]
    private final int[] labels;           // [n], null for regression
    private final Matrix targets;         // [n, k], null for classification
    private final List<String> featureNames;
    private final List<String> classNames;

    private Dataset(String name, Matrix x, int[] labels, Matrix targets, List<String> featureNames,
                    List<String> classNames) {
        this.name = name;
        this.x = x;
        this.labels = labels;
        this.targets = targets;
        this.featureNames = List.copyOf(featureNames);
        this.classNames = List.copyOf(classNames);
    }

    // ---- factories ---------------------------------------------------------------------------------------

    /**
     * A classification set: {@code x [n, d]}, {@code labels[n]} in {@code 0..classes-1}. Class names are
     * optional ({@code "0", "1", ...} by default); when given, their count is the number of classes.
     */
    public static Dataset classification(Matrix x, int[] labels, String... classNames) {
        requireRows("Dataset.classification", x);
        if (labels.length != x.rows()) {
            throw ShapeException.in("Dataset.classification")
                    .problem("%d labels for %d rows of x", labels.length, x.rows())
                    .shape("x", x).shape("labels", labels.length, 1)
                    .hint("pass exactly one label per row of x, in the same order").build();
        }
        int classes = classNames.length > 0 ? classNames.length : Arrays.stream(labels).max().orElse(0) + 1;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("Dataset.classification: label " + labels[i] + " at row " + i
                        + " is outside 0.." + (classes - 1) + (classNames.length > 0
                        ? "; " + classNames.length + " class names were given, one per class"
                        : "; labels are class indices 0, 1, 2, ..."));
            }
        }
        List<String> names = classNames.length > 0 ? List.of(classNames) : numbered("", classes);
        return new Dataset("data", x.copy(), labels.clone(), null, numbered("x", x.cols()), names);
    }

    /** A regression set: inputs {@code x [n, d]}, targets {@code y [n, k]}. */
    public static Dataset regression(Matrix x, Matrix y) {
        requireRows("Dataset.regression", x);
        if (y.rows() != x.rows()) {
            throw ShapeException.in("Dataset.regression").problem("x has %d rows but y has %d", x.rows(), y.rows())
                    .shape("x", x).shape("y", y).hint("pass one target row per row of x, in the same order").build();
        }
        return new Dataset("data", x.copy(), null, y.copy(), numbered("x", x.cols()), List.of());
    }

    private static void requireRows(String op, Matrix x) {
        if (x.rows() == 0) {
            throw new IllegalArgumentException(op + ": x has no rows, so the data set would be empty; "
                    + "pass at least one example");
        }
    }

    /** {@code prefix1, prefix2, ...} for features ({@code x1, x2}), {@code 0, 1, ...} for classes. */
    private static List<String> numbered(String prefix, int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(prefix.isEmpty() ? String.valueOf(i) : prefix + (i + 1));
        }
        return out;
    }

    // ---- naming ------------------------------------------------------------------------------------------

    /** The same data under a new name (used in plot titles and table captions). */
    public Dataset named(String newName) {
        return new Dataset(newName, x, labels, targets, featureNames, classNames);
    }

    /** The same data with new feature names, one per column of {@code x}. */
    public Dataset withFeatureNames(String... names) {
        if (names.length != features()) {
            throw new IllegalArgumentException("withFeatureNames: got " + names.length + " names for "
                    + features() + " features; pass one name per column of x");
        }
        return new Dataset(name, x, labels, targets, List.of(names), classNames);
    }

    public String name() {
        return name;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    /** Class names in label order; empty for regression data. */
    public List<String> classNames() {
        return classNames;
    }

    // ---- contents ----------------------------------------------------------------------------------------

    /** Features {@code [n, d]} (a copy). */
    public Matrix x() {
        return x.copy();
    }

    /** Class of each row {@code [n]} (a copy). */
    public int[] labels() {
        if (labels == null) {
            throw new IllegalStateException("labels(): " + name + " is a regression data set (targets y "
                    + targets.shape() + "), so it has no class labels; use y() for its targets");
        }
        return labels.clone();
    }

    /** Classification: one-hot labels {@code [n, classes]}; regression: the targets {@code [n, k]}. */
    public Matrix y() {
        return labels == null ? targets.copy() : oneHot();
    }

    /** One-hot labels {@code [n, classes]}: row {@code i} has a 1 in column {@code labels()[i]}. */
    public Matrix oneHot() {
        return Matrix.oneHot(labels(), classes());
    }

    /** The labels as one column of numbers {@code [n, 1]}: 0.0, 1.0, ... (targets for BCE with one output). */
    public Matrix labelColumn() {
        int[] l = labels();
        return Matrix.generate(l.length, 1, (i, j) -> l[i]);
    }

    /** Rows (examples). */
    public int size() {
        return x.rows();
    }

    /** Columns of {@code x}. */
    public int features() {
        return x.cols();
    }

    /** Number of classes; 0 for regression data. */
    public int classes() {
        return classNames.size();
    }

    public boolean isClassification() {
        return labels != null;
    }

    /** The class name of row {@code i}'s label. */
    String className(int i) {
        return classNames.get(labels[i]);
    }

    /**
     * A Tablesaw view: one column per feature, then {@code "label"} (the class name) for classification,
     * or {@code "y"} ({@code "y1", "y2", ...} for several targets) for regression.
     */
    public Table table() {
        Table t = Table.create(name);
        for (int j = 0; j < features(); j++) {
            t.addColumns(DoubleColumn.create(featureNames.get(j), x.getColumn(j).data()));
        }
        if (labels != null) {
            String[] names = new String[size()];
            Arrays.setAll(names, this::className);
            t.addColumns(StringColumn.create("label", names));
        } else {
            for (int k = 0; k < targets.cols(); k++) {
                t.addColumns(DoubleColumn.create(targets.cols() == 1 ? "y" : "y" + (k + 1),
                        targets.getColumn(k).data()));
            }
        }
        return t;
    }

    // ---- subsets -----------------------------------------------------------------------------------------

    /** The first {@code n} rows (all of them if there are fewer). */
    public Dataset head(int n) {
        return rows(0, Math.min(Math.max(n, 0), size()));
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive). */
    public Dataset rows(int from, int to) {
        if (from < 0 || to > size() || from > to) {
            throw new IndexOutOfBoundsException("rows(" + from + ", " + to + ") is outside 0.." + size()
                    + "; pass 0 <= from <= to <= size()");
        }
        int[] index = new int[to - from];
        Arrays.setAll(index, i -> from + i);
        return select(index);
    }

    /** The given rows, in the given order (repeats allowed). */
    public Dataset select(int[] rows) {
        for (int r : rows) {
            if (r < 0 || r >= size()) {
                throw new IndexOutOfBoundsException("select: row " + r + " is outside 0.." + (size() - 1));
            }
        }
        Matrix sx = rows.length == 0 ? Matrix.zeros(0, features()) : x.selectRows(rows);
        int[] sl = null;
        Matrix st = null;
        if (labels != null) {
            sl = new int[rows.length];
            Arrays.setAll(sl, i -> labels[rows[i]]);
        } else {
            st = rows.length == 0 ? Matrix.zeros(0, targets.cols()) : targets.selectRows(rows);
        }
        return new Dataset(name, sx, sl, st, featureNames, classNames);
    }

    /** Same labels or targets with new features {@code [n, d']}, e.g. after a feature map. */
    public Dataset withX(Matrix newX) {
        if (newX.rows() != size()) {
            throw ShapeException.in("Dataset.withX").problem("the new features have %d rows but the data set has %d",
                    newX.rows(), size()).shape("new x", newX).shape("x", x)
                    .hint("map every row of x to one row of new features, in the same order").build();
        }
        List<String> names = newX.cols() == features() ? featureNames : numbered("x", newX.cols());
        return new Dataset(name, newX.copy(), labels, targets, names, classNames);
    }

    /**
     * Shuffles the rows with {@code seed} and cuts them into train, validation and the rest as test.
     * Same seed, same split. Sizes are {@code round(n·trainFraction)}, {@code round(n·validationFraction)}
     * and what is left.
     */
    public Split split(double trainFraction, double validationFraction, long seed) {
        if (!(trainFraction > 0 && trainFraction <= 1) || !(validationFraction >= 0 && validationFraction < 1)
                || trainFraction + validationFraction > 1 + 1e-9) {
            throw new IllegalArgumentException("split(" + trainFraction + ", " + validationFraction
                    + ", seed): the train fraction must be in (0, 1], the validation fraction in [0, 1), and together"
                    + " at most 1 (the rest is the test set); e.g. split(0.6, 0.2, seed) keeps 20% for testing");
        }
        int n = size();
        int nTrain = (int) Math.round(n * trainFraction);
        int nValidation = Math.min(n - nTrain, (int) Math.round(n * validationFraction));
        if (nTrain == 0) {
            throw new IllegalArgumentException("split: " + trainFraction + " of " + n
                    + " rows leaves no training example; use a larger train fraction or more data");
        }
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int[] shuffled = order.stream().mapToInt(Integer::intValue).toArray();
        return new Split(select(Arrays.copyOfRange(shuffled, 0, nTrain)),
                select(Arrays.copyOfRange(shuffled, nTrain, nTrain + nValidation)),
                select(Arrays.copyOfRange(shuffled, nTrain + nValidation, n)));
    }

    @Override
    public String toString() {
        String kind = labels != null ? classes() + " classes " + classNames : "regression, y " + targets.shape();
        return "Dataset " + name + ": " + size() + " rows × " + features() + " features " + featureNames + ", " + kind;
    }
}
