// Hidden tests of notebook 10's Exercise 2, trainDigitsClassifier (grade cell check_train_digits_classifier, 4 points).
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Literals;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_train_digits_classifier")
class TrainDigitsClassifierTest {
    static final double TARGET = 0.95;
    static final double OTHER_SPLIT_TARGET = 0.94;

    /**
     * The digits, loaded with fully qualified names so that nothing the notebook defines can change them. The
     * file is named by its absolute path, found here in the grader: the student's VM runs in a scratch folder
     * with an empty environment, where Datasets.digits() cannot find the workbook's datasets/ folder by itself.
     */
    static String digits() {
        for (java.nio.file.Path folder : org.nnworkbook.grader.WorkbookHome.locate().readableData()) {
            java.nio.file.Path file = folder.resolve("digits.csv.gz").toAbsolutePath();
            if (java.nio.file.Files.isRegularFile(file)) {
                String quoted = file.toString().replace("\\", "\\\\").replace("\"", "\\\"");
                return "org.nnworkbook.data.Datasets.digits(java.nio.file.Path.of(\"" + quoted + "\"))";
            }
        }
        return "org.nnworkbook.data.Datasets.digits()";
    }

    /** Defines {@code name} in the student's session: the digits split with {@code seed}, standardised. */
    static void defineSplit(Session s, String name, long seed) {
        s.eval("var " + name + " = " + digits() + ".split(0.6, 0.2, " + seed + "L).standardized();");
    }

    /** Test accuracy of the student's classifier, trained through their method on the split {@code name}. */
    static String accuracy(String name, long trainingSeed) {
        return "org.nnworkbook.nn.train.Metrics.accuracy(trainDigitsClassifier(" + name + ".train().x(), " + name
                + ".train().y(), " + trainingSeed + "L), " + name + ".test().x(), " + name + ".test().y())";
    }

    @Test
    @Points(2)
    void reaches_the_target_accuracy_on_the_notebooks_split_with_seed_7(Session s) {
        defineSplit(s, "gradedDigits42", 42);
        double accuracy = s.evalDouble(accuracy("gradedDigits42", 7));
        s.check(String.format(java.util.Locale.ROOT, "test accuracy %.4f with seed 7", accuracy), accuracy >= TARGET,
                "below 0.95; compare architectures and epochs on digitsVal");
    }

    @Test
    @Points(1)
    void learns_from_the_data_it_is_given(Session s) {
        // Another split, and every label k renamed (k + 1) mod 10: only a model trained on xTrain and yTrain
        // (not on variables of other cells) can name the test images' classes the same way.
        defineSplit(s, "gradedDigits2024", 2024);
        String accuracy = "((java.util.function.DoubleSupplier) () -> {"
                + " int[] train = java.util.Arrays.stream(gradedDigits2024.train().labels()).map(k -> (k + 1) % 10).toArray();"
                + " int[] test = java.util.Arrays.stream(gradedDigits2024.test().labels()).map(k -> (k + 1) % 10).toArray();"
                + " var model = trainDigitsClassifier(gradedDigits2024.train().x(), org.nnworkbook.nn.Matrix.oneHot(train, 10), 3L);"
                + " return org.nnworkbook.nn.train.Metrics.accuracy(model, gradedDigits2024.test().x(),"
                + " org.nnworkbook.nn.Matrix.oneHot(test, 10)); }).getAsDouble()";
        double got = s.evalDouble(accuracy);
        s.check(String.format(java.util.Locale.ROOT,
                        "test accuracy %.4f on another split of the digits with the classes renamed (seed 3)", got),
                got >= OTHER_SPLIT_TARGET,
                "below 0.94: does your method learn from its arguments xTrain and yTrain only (no variables of other cells)?");
    }

    @Test
    @Points(1)
    void the_same_seed_gives_the_same_model(Session s) {
        defineSplit(s, "gradedDigits42", 42);
        String outputs = Literals.block("var x = gradedDigits42.test().x().sliceRows(0, 50);"
                + " var a = trainDigitsClassifier(gradedDigits42.train().x(), gradedDigits42.train().y(), 11L).forward(x);"
                + " var b = trainDigitsClassifier(gradedDigits42.train().x(), gradedDigits42.train().y(), 11L).forward(x);"
                + " return new double[] {a.cols(), a.rows(), a.maxAbsDiff(b)};");
        double[] got = s.evalDoubleArray(outputs);
        s.check("10 scores per image", got[0] == 10 && got[1] == 50, "got " + (int) got[0] + " columns; one per digit class is needed");
        s.check("two runs with seed 11 give the same scores", got[2] == 0,
                "the scores differ by up to " + got[2] + "; pass the seed to mlp(seed, ...) and trainer(...).seed(seed)");
    }
}
