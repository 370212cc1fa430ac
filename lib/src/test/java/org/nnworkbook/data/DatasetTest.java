// Dataset, Split and Standardizer: labels and targets, subsets, seeded splits, standardisation fitted on train only, errors.
package org.nnworkbook.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.ShapeException;
import tech.tablesaw.api.Table;

class DatasetTest {
    static final Matrix X = Matrix.of(new double[][] {{1, 10}, {2, 20}, {3, 30}, {4, 40}});

    @Test
    void a_classification_set_gives_labels_one_hot_targets_and_a_label_column() {
        Dataset d = Dataset.classification(X, new int[] {0, 2, 1, 2}, "a", "b", "c");
        assertAll(
                () -> assertThat(d.size()).isEqualTo(4),
                () -> assertThat(d.features()).isEqualTo(2),
                () -> assertThat(d.classes()).isEqualTo(3),
                () -> assertThat(d.isClassification()).isTrue(),
                () -> assertThat(d.classNames()).containsExactly("a", "b", "c"),
                () -> assertThat(d.featureNames()).containsExactly("x1", "x2"),
                () -> assertThat(d.y()).isEqualTo(Matrix.oneHot(new int[] {0, 2, 1, 2}, 3)),
                () -> assertThat(d.oneHot()).isEqualTo(d.y()),
                () -> assertThat(d.labelColumn()).isEqualTo(Matrix.column(0, 2, 1, 2)));
    }

    @Test
    void class_names_default_to_numbers_up_to_the_largest_label() {
        Dataset d = Dataset.classification(X, new int[] {0, 1, 1, 3});
        assertThat(d.classNames()).containsExactly("0", "1", "2", "3");
    }

    @Test
    void returned_matrices_are_copies_so_the_data_set_cannot_change() {
        Dataset d = Dataset.classification(X, new int[] {0, 1, 0, 1});
        d.x().set(0, 0, 99);
        d.labels()[0] = 1;
        assertAll(
                () -> assertThat(d.x().get(0, 0)).isEqualTo(1),
                () -> assertThat(d.labels()[0]).isZero());
    }

    @Test
    void a_regression_set_has_targets_but_no_labels() {
        Dataset d = Dataset.regression(X, Matrix.column(1, 2, 3, 4));
        assertAll(
                () -> assertThat(d.isClassification()).isFalse(),
                () -> assertThat(d.y()).isEqualTo(Matrix.column(1, 2, 3, 4)),
                () -> assertThat(d.classes()).isZero(),
                () -> assertThatThrownBy(d::labels).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("regression").hasMessageContaining("use y()"));
    }

    @Test
    void mismatched_labels_an_empty_x_and_bad_labels_are_refused_with_the_numbers() {
        assertAll(
                () -> assertThatThrownBy(() -> Dataset.classification(X, new int[] {0, 1, 0}))
                        .isInstanceOf(ShapeException.class).hasMessageContaining("3 labels for 4 rows"),
                () -> assertThatThrownBy(() -> Dataset.classification(Matrix.zeros(0, 2), new int[0]))
                        .hasMessageContaining("empty"),
                () -> assertThatThrownBy(() -> Dataset.classification(X, new int[] {0, 1, 2, -1}))
                        .hasMessageContaining("label -1 at row 3"),
                () -> assertThatThrownBy(() -> Dataset.classification(X, new int[] {0, 1, 2, 1}, "a", "b"))
                        .hasMessageContaining("label 2 at row 2").hasMessageContaining("2 class names"),
                () -> assertThatThrownBy(() -> Dataset.regression(X, Matrix.column(1, 2)))
                        .hasMessageContaining("x has 4 rows but y has 2"));
    }

    @Test
    void subsets_keep_labels_with_their_rows() {
        Dataset d = Dataset.classification(X, new int[] {0, 1, 2, 3});
        Dataset picked = d.select(new int[] {3, 1});
        assertAll(
                () -> assertThat(picked.x()).isEqualTo(Matrix.of(new double[][] {{4, 40}, {2, 20}})),
                () -> assertThat(picked.labels()).containsExactly(3, 1),
                () -> assertThat(picked.classes()).isEqualTo(4),
                () -> assertThat(d.head(2).labels()).containsExactly(0, 1),
                () -> assertThat(d.head(10).size()).isEqualTo(4),
                () -> assertThat(d.rows(1, 3).labels()).containsExactly(1, 2),
                () -> assertThat(d.rows(2, 2).size()).isZero(),
                () -> assertThatThrownBy(() -> d.rows(3, 5)).hasMessageContaining("outside 0..4"));
    }

    @Test
    void with_x_replaces_features_and_checks_the_row_count() {
        Dataset d = Dataset.classification(X, new int[] {0, 1, 0, 1});
        Dataset mapped = d.withX(X.getColumn(0).abs());
        assertAll(
                () -> assertThat(mapped.features()).isEqualTo(1),
                () -> assertThat(mapped.labels()).containsExactly(0, 1, 0, 1),
                () -> assertThatThrownBy(() -> d.withX(Matrix.zeros(3, 2))).isInstanceOf(ShapeException.class)
                        .hasMessageContaining("3 rows but the data set has 4"));
    }

    @Test
    void the_table_has_a_column_per_feature_then_the_label_names_or_the_targets() {
        Table classes = Dataset.classification(X, new int[] {0, 1, 0, 1}, "no", "yes").named("toy").table();
        Table targets = Dataset.regression(X, Matrix.column(5, 6, 7, 8)).table();
        assertAll(
                () -> assertThat(classes.name()).isEqualTo("toy"),
                () -> assertThat(classes.columnNames()).containsExactly("x1", "x2", "label"),
                () -> assertThat(classes.stringColumn("label").get(1)).isEqualTo("yes"),
                () -> assertThat(classes.doubleColumn("x2").get(3)).isEqualTo(40),
                () -> assertThat(targets.columnNames()).containsExactly("x1", "x2", "y"),
                () -> assertThat(targets.doubleColumn("y").get(2)).isEqualTo(7));
    }

    @Test
    void a_split_partitions_every_row_once_and_the_same_seed_gives_the_same_split() {
        Dataset d = Synthetic.blobs(100, 2, 0.5, 1);
        Split a = d.split(0.6, 0.2, 42);
        Split b = d.split(0.6, 0.2, 42);
        Split c = d.split(0.6, 0.2, 43);
        Set<String> rows = new HashSet<>();
        for (Dataset part : new Dataset[] {a.train(), a.validation(), a.test()}) {
            Matrix x = part.x();
            for (int i = 0; i < part.size(); i++) {
                rows.add(Arrays.toString(x.getRow(i).data()));
            }
        }
        assertAll(
                () -> assertThat(a.train().size()).isEqualTo(60),
                () -> assertThat(a.validation().size()).isEqualTo(20),
                () -> assertThat(a.test().size()).isEqualTo(20),
                () -> assertThat(rows).hasSize(100),
                () -> assertThat(a.train().x()).isEqualTo(b.train().x()),
                () -> assertThat(a.test().labels()).containsExactly(b.test().labels()),
                () -> assertThat(a.train().x()).isNotEqualTo(c.train().x()));
    }

    @Test
    void split_fractions_that_do_not_add_up_are_refused() {
        Dataset d = Synthetic.xor();
        assertAll(
                () -> assertThatThrownBy(() -> d.split(0.8, 0.3, 1)).hasMessageContaining("together at most 1"),
                () -> assertThatThrownBy(() -> d.split(-0.1, 0.3, 1)).hasMessageContaining("train fraction"),
                () -> assertThatThrownBy(() -> d.split(0.1, 0.0, 1)).hasMessageContaining("no training example"));
    }

    @Test
    void standardized_splits_use_the_training_rows_statistics_only() {
        Dataset d = Synthetic.blobs(200, 2, 1.0, 3);
        Split raw = d.split(0.5, 0.25, 7);
        Split s = raw.standardized();
        Standardizer fitted = Standardizer.fit(raw.train().x());
        Matrix trainMean = s.train().x().mean(0);
        Matrix trainStd = s.train().x().pow(2).mean(0).map(Math::sqrt);
        assertAll(
                () -> assertThat(trainMean.maxAbsDiff(Matrix.zeros(1, 2))).isLessThan(1e-12),
                () -> assertThat(trainStd.maxAbsDiff(Matrix.ones(1, 2))).isLessThan(1e-12),
                () -> assertThat(s.test().x().maxAbsDiff(fitted.transform(raw.test().x()))).isLessThan(1e-15),
                // the test part's own mean is not forced to 0: its statistics did not leak into the fit
                () -> assertThat(s.test().x().mean(0).maxAbsDiff(Matrix.zeros(1, 2))).isGreaterThan(1e-6),
                () -> assertThat(s.validation().labels()).containsExactly(raw.validation().labels()));
    }

    @Test
    void a_standardizer_keeps_a_constant_column_finite_and_checks_widths() {
        Standardizer s = Standardizer.fit(Matrix.of(new double[][] {{1, 5}, {3, 5}}));
        assertAll(
                () -> assertThat(s.mean()).isEqualTo(Matrix.row(2, 5)),
                () -> assertThat(s.std()).isEqualTo(Matrix.row(1, 1)),
                () -> assertThat(s.transform(Matrix.row(3, 5))).isEqualTo(Matrix.row(1, 0)),
                () -> assertThatThrownBy(() -> s.transform(Matrix.row(1, 2, 3))).isInstanceOf(ShapeException.class)
                        .hasMessageContaining("3 features but the standardizer was fitted on 2"));
    }
}
