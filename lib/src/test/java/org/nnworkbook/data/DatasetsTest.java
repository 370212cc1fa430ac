// The real data files: sizes, ranges and names as documented, where they are looked for, and messages for missing or damaged files.
package org.nnworkbook.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnworkbook.nn.Matrix;
import tech.tablesaw.api.Table;

class DatasetsTest {

    @AfterEach
    void forgetHome() {
        System.clearProperty("nnworkbook.home");
    }

    @Test
    void digits_are_1797_images_of_64_unscaled_pixels_with_ten_classes() {
        Dataset d = Datasets.digits();
        Matrix x = d.x();
        assertAll(
                () -> assertThat(d.size()).isEqualTo(1797),
                () -> assertThat(d.features()).isEqualTo(64),
                () -> assertThat(x.min()).isZero(),
                () -> assertThat(x.max()).isEqualTo(16),
                () -> assertThat(d.classNames()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                () -> assertThat(d.labels()[0]).isZero(),
                () -> assertThat(x.get(0, 2)).isEqualTo(5),            // the file's first row: 0,0,5,13,...
                () -> assertThat(d.featureNames().get(9)).isEqualTo("pixel_1_1"));
    }

    @Test
    void iris_has_150_flowers_4_measurements_and_the_class_names_of_the_file() {
        Dataset d = Datasets.iris();
        assertAll(
                () -> assertThat(d.size()).isEqualTo(150),
                () -> assertThat(d.features()).isEqualTo(4),
                () -> assertThat(d.classNames()).containsExactly("setosa", "versicolor", "virginica"),
                () -> assertThat(d.featureNames()).containsExactly("sepal length (cm)", "sepal width (cm)",
                        "petal length (cm)", "petal width (cm)"),
                () -> assertThat(d.x().getRow(0)).isEqualTo(Matrix.row(5.1, 3.5, 1.4, 0.2)),
                () -> assertThat(d.labels()[149]).isEqualTo(2));
    }

    @Test
    void fashion_mnist_is_the_10000_test_images_scaled_to_0_1_with_class_names() {
        Dataset d = Datasets.fashionMnist();
        Matrix x = d.x();
        int[] perClass = new int[10];
        for (int l : d.labels()) {
            perClass[l]++;
        }
        assertAll(
                () -> assertThat(d.size()).isEqualTo(10_000),
                () -> assertThat(d.features()).isEqualTo(784),
                () -> assertThat(x.min()).isZero(),
                () -> assertThat(x.max()).isEqualTo(1.0),
                () -> assertThat(d.classNames().get(9)).isEqualTo("Ankle boot"),
                () -> assertThat(perClass).containsOnly(1000),
                () -> assertThat(d.labels()[0]).isEqualTo(9));              // the test split opens with an ankle boot
    }

    @Test
    void the_raw_tables_have_named_columns() {
        Table digits = Datasets.digitsTable();
        Table iris = Datasets.irisTable();
        assertAll(
                () -> assertThat(digits.rowCount()).isEqualTo(1797),
                () -> assertThat(digits.columnCount()).isEqualTo(65),
                () -> assertThat(digits.intColumn("digit").get(0)).isZero(),
                () -> assertThat(iris.columnNames()).contains("petal width (cm)", "species"),
                () -> assertThat(iris.stringColumn("species").countUnique()).isEqualTo(3));
    }

    @Test
    void nn_workbook_home_points_to_the_folder_and_a_wrong_one_is_named_in_the_error(@TempDir Path dir) throws IOException {
        Path home = Files.createDirectories(dir.resolve("wb/datasets"));
        Files.copy(DataFiles.locate(Datasets.IRIS), home.resolve(Datasets.IRIS));
        System.setProperty("nnworkbook.home", dir.resolve("wb").toString());
        assertThat(Datasets.iris().size()).isEqualTo(150);
        assertThatThrownBy(Datasets::digits).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(home.resolve(Datasets.DIGITS).toString())
                .hasMessageContaining("NN_WORKBOOK_HOME");
    }

    @Test
    void a_missing_file_names_the_path_and_how_to_fix_it(@TempDir Path dir) {
        assertThatThrownBy(() -> Datasets.iris(dir.resolve("nope.csv")))
                .hasMessageContaining(dir.resolve("nope.csv").toString())
                .hasMessageContaining("run the notebook or program from the workbook folder")
                .hasMessageContaining("NN_WORKBOOK_HOME");
    }

    @Test
    void a_damaged_csv_names_the_file_the_line_and_what_was_expected(@TempDir Path dir) throws IOException {
        Path iris = dir.resolve("iris.csv");
        Files.writeString(iris, "3,4,a,b,c\n1,2,3,4,0\n1,2,3,0\n1,2,3,4,1\n");
        Path header = dir.resolve("bad-header.csv");
        Files.writeString(header, "sepal,petal\n1,2,3,4,0\n");
        Path digits = dir.resolve("digits.csv.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(digits))) {
            out.write("1,2,x\n".getBytes());
        }
        assertAll(
                () -> assertThatThrownBy(() -> Datasets.iris(iris)).hasMessageContaining(iris.toString())
                        .hasMessageContaining("line 3 has 4 values, expected 5"),
                () -> assertThatThrownBy(() -> Datasets.iris(header)).hasMessageContaining("first line should read like"),
                () -> assertThatThrownBy(() -> Datasets.digits(digits)).hasMessageContaining("line 1 has 3 values, expected 65"));
    }

    @Test
    void an_idx_file_with_a_wrong_header_is_reported(@TempDir Path dir) throws IOException {
        Path images = dir.resolve("images.gz");
        try (var out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(images)))) {
            out.writeInt(0x0801);
            out.writeInt(10);
        }
        assertThatThrownBy(() -> Datasets.fashionMnist(images, images))
                .hasMessageContaining(images.toString()).hasMessageContaining("0x00000801")
                .hasMessageContaining("0x00000803");
    }
}
