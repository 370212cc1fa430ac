// The workbook's real data sets (digits, iris, Fashion-MNIST) read from datasets/; not synthetic data.
package org.nnworkbook.data;

import java.nio.file.Path;
import java.util.List;
import org.nnworkbook.nn.Matrix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Loaders for the files in the workbook's {@code datasets/} folder (sources and licences in its README).
 * The folder is found through the environment variable {@code NN_WORKBOOK_HOME} (the workbook folder) or
 * by walking up from the working folder, so notebooks in {@code notebooks/} find it as they are.
 *
 * <pre>{@code
 * jshell> var digits = Datasets.digits();
 * jshell> digits
 * $2 ==> Dataset digits: 1797 rows × 64 features [pixel_0_0, ...], 10 classes [0, 1, ..., 9]
 * jshell> Datasets.irisTable()          // shown as an HTML table in a notebook
 * }</pre>
 *
 * Each call reads the file again and returns a fresh data set. Overloads taking a {@link Path} read a
 * file elsewhere; a missing or malformed file gives an {@link IllegalStateException} naming the path.
 */
public final class Datasets {
    static final String DIGITS = "digits.csv.gz";
    static final String IRIS = "iris.csv";
    static final String FASHION_IMAGES = "t10k-images-idx3-ubyte.gz";
    static final String FASHION_LABELS = "t10k-labels-idx1-ubyte.gz";
    /** The original measurements' names (the file holds none), as in scikit-learn's copy. */
    static final List<String> IRIS_FEATURES = List.of("sepal length (cm)", "sepal width (cm)",
            "petal length (cm)", "petal width (cm)");
    static final List<String> FASHION_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private Datasets() {}

    // ---- digits --------------------------------------------------------------------------------------

    /** 1797 handwritten digits: {@code x [1797, 64]} pixels 0..16 (row-major 8×8, not scaled), classes "0".."9". */
    public static Dataset digits() {
        return digits(DataFiles.locate(DIGITS));
    }

    public static Dataset digits(Path file) {
        List<String> lines = DataFiles.lines(file);
        double[] x = new double[lines.size() * 64];
        int[] labels = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            double[] row = DataFiles.numbers(file, i + 1, lines.get(i), 65, "64 pixels, then the label");
            System.arraycopy(row, 0, x, i * 64, 64);
            labels[i] = label(file, i + 1, row[64], 10);
        }
        String[] pixelNames = new String[64];
        for (int p = 0; p < 64; p++) {
            pixelNames[p] = "pixel_" + p / 8 + "_" + p % 8;
        }
        return Dataset.classification(matrix(file, lines.size(), 64, x), labels,
                "0", "1", "2", "3", "4", "5", "6", "7", "8", "9").withFeatureNames(pixelNames).named("digits");
    }

    /** The digits as a table: 64 integer columns {@code pixel_<row>_<col>} and {@code digit}. */
    public static Table digitsTable() {
        Dataset d = digits();
        Table t = Table.create("digits");
        Matrix x = d.x();
        for (int p = 0; p < 64; p++) {
            int col = p;
            int[] values = new int[d.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = (int) x.get(i, col);
            }
            t.addColumns(IntColumn.create(d.featureNames().get(p), values));
        }
        return t.addColumns(IntColumn.create("digit", d.labels()));
    }

    // ---- iris ----------------------------------------------------------------------------------------

    /** Fisher's iris: {@code x [150, 4]} in cm, classes setosa / versicolor / virginica (names from the file). */
    public static Dataset iris() {
        return iris(DataFiles.locate(IRIS));
    }

    public static Dataset iris(Path file) {
        List<String> lines = DataFiles.lines(file);
        if (lines.isEmpty()) {
            throw DataFiles.damaged(file, "it is empty");
        }
        // Header: rows, features, then the class names ("150,4,setosa,versicolor,virginica").
        String[] header = lines.get(0).split(",");
        if (header.length < 3 || !header[0].strip().matches("\\d+") || !header[1].strip().equals("4")) {
            throw DataFiles.damaged(file, "its first line should read like 150,4,setosa,versicolor,virginica but is '"
                    + lines.get(0) + "'");
        }
        int rows = Integer.parseInt(header[0].strip());
        if (lines.size() - 1 != rows) {
            throw DataFiles.damaged(file, "the header announces " + rows + " rows but " + (lines.size() - 1) + " follow");
        }
        String[] classNames = new String[header.length - 2];
        for (int c = 0; c < classNames.length; c++) {
            classNames[c] = header[c + 2].strip();
        }
        double[] x = new double[rows * 4];
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            double[] row = DataFiles.numbers(file, i + 2, lines.get(i + 1), 5, "4 measurements, then the class index");
            System.arraycopy(row, 0, x, i * 4, 4);
            labels[i] = label(file, i + 2, row[4], classNames.length);
        }
        return Dataset.classification(matrix(file, rows, 4, x), labels, classNames)
                .withFeatureNames(IRIS_FEATURES.toArray(String[]::new)).named("iris");
    }

    /** Iris as a table: the four measurements and {@code species}. */
    public static Table irisTable() {
        Dataset d = iris();
        Table t = Table.create("iris");
        Matrix x = d.x();
        for (int j = 0; j < 4; j++) {
            t.addColumns(DoubleColumn.create(d.featureNames().get(j), x.getColumn(j).data()));
        }
        String[] species = new String[d.size()];
        int[] labels = d.labels();
        for (int i = 0; i < species.length; i++) {
            species[i] = d.classNames().get(labels[i]);
        }
        return t.addColumns(StringColumn.create("species", species));
    }

    // ---- Fashion-MNIST -------------------------------------------------------------------------------

    /**
     * The 10 000 Fashion-MNIST test images: {@code x [10000, 784]} (28×28, row-major) scaled to [0, 1],
     * with the 10 class names ("T-shirt/top", ..., "Ankle boot").
     */
    public static Dataset fashionMnist() {
        return fashionMnist(DataFiles.locate(FASHION_IMAGES), DataFiles.locate(FASHION_LABELS));
    }

    public static Dataset fashionMnist(Path images, Path labels) {
        byte[] pixels = DataFiles.idx(images, 10_000, 28, 28);
        byte[] classes = DataFiles.idx(labels, 10_000);
        double[] x = new double[pixels.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = (pixels[i] & 0xFF) / 255.0;
        }
        int[] l = new int[classes.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = label(labels, i + 1, classes[i] & 0xFF, 10);
        }
        String[] names = new String[784];
        for (int p = 0; p < 784; p++) {
            names[p] = "pixel_" + p / 28 + "_" + p % 28;
        }
        return Dataset.classification(Matrix.wrap(10_000, 784, x), l, FASHION_CLASSES.toArray(String[]::new))
                .withFeatureNames(names).named("Fashion-MNIST test");
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static int label(Path file, int record, double value, int classes) {
        if (value != Math.rint(value) || value < 0 || value >= classes) {
            throw DataFiles.damaged(file, "record " + record + " has label " + value + ", expected a class index 0.."
                    + (classes - 1));
        }
        return (int) value;
    }

    private static Matrix matrix(Path file, int rows, int cols, double[] values) {
        if (rows == 0) {
            throw DataFiles.damaged(file, "it holds no rows");
        }
        return Matrix.wrap(rows, cols, values);
    }
}
