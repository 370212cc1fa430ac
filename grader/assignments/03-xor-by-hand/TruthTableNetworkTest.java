// Hidden tests of notebook 03's Exercise 3 (grade cell check_truth_table_network, 4 points).
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nnworkbook.grader.api.GradeId;
import org.nnworkbook.grader.api.Points;
import org.nnworkbook.grader.api.Session;

@GradeId("check_truth_table_network")
class TruthTableNetworkTest {

    @Test
    @Points(2)
    void random_tables_with_one_to_five_inputs(Session s) {
        Random rng = new Random(20240603);
        List<String> names = new ArrayList<>();
        List<int[]> tables = new ArrayList<>();
        for (int d = 1; d <= 5; d++) {
            for (int t = 0; t < 2; t++) {
                int[] table = new int[1 << d];
                for (int r = 0; r < table.length; r++) {
                    table[r] = rng.nextInt(2);
                }
                names.add("a random table with " + d + (d == 1 ? " input" : " inputs"));
                tables.add(table);
            }
        }
        realiseAll(s, names, tables);
    }

    @Test
    @Points(1)
    void special_tables(Session s) {
        int[] allOnes = {1, 1, 1, 1};
        int[] and4 = new int[16];
        and4[15] = 1;
        int[] parity5 = new int[32];
        for (int r = 0; r < 32; r++) {
            parity5[r] = Integer.bitCount(r) % 2;
        }
        realiseAll(s, List.of("the all-zero table of 3 inputs", "the all-one table of 2 inputs", "NOT x1 {1, 0}",
                        "AND of 4 inputs (only the last row is 1)", "parity of 5 inputs"),
                List.of(new int[8], allOnes, new int[] {1, 0}, and4, parity5));
    }

    @Test
    @Points(1)
    void at_most_one_hidden_unit_per_row_that_says_1(Session s) {
        List<int[]> tables = List.of(new int[] {0, 1, 1, 0}, new int[] {0, 0, 0, 1, 0, 1, 1, 1},
                new int[] {1, 1, 1, 0, 1, 1, 0, 1}, new int[] {0, 0, 0, 0});
        List<SignNet> nets = SignNet.fetchAll(s, tables.stream().map(TruthTableNetworkTest::call).toList(), inputs(tables));
        for (int i = 0; i < tables.size(); i++) {
            int[] table = tables.get(i);
            int ones = Arrays.stream(table).sum();
            int allowed = Math.max(ones, 1);
            SignNet net = nets.get(i);
            s.check("table " + Arrays.toString(table) + " (" + ones + (ones == 1 ? " row says 1): " : " rows say 1): ")
                            + SignNet.units(net.hiddenUnits()), net.hiddenUnits() <= allowed,
                    "the construction needs one hidden unit per row that says 1, so at most " + allowed
                            + " here; your network has " + net.hiddenUnits());
        }
    }

    static String call(int[] table) {
        return "truthTableNetwork(new int[] {" + Arrays.stream(table).mapToObj(String::valueOf)
                .collect(Collectors.joining(", ")) + "})";
    }

    static int[] inputs(List<int[]> tables) {
        return tables.stream().mapToInt(t -> Integer.numberOfTrailingZeros(t.length)).toArray();
    }

    /** Fetches the student's networks for the tables and checks each on all 2^d inputs; labels say how many units they used. */
    static void realiseAll(Session s, List<String> names, List<int[]> tables) {
        List<SignNet> nets = SignNet.fetchAll(s, tables.stream().map(TruthTableNetworkTest::call).toList(), inputs(tables));
        for (int i = 0; i < tables.size(); i++) {
            int[] table = tables.get(i);
            SignNet net = nets.get(i);
            int d = Integer.numberOfTrailingZeros(table.length);
            for (int r = 0; r < table.length; r++) {
                double[] x = new double[d];
                for (int j = 0; j < d; j++) {
                    x[j] = (r >> (d - 1 - j)) & 1;
                }
                double want = table[r] == 1 ? 1 : -1;
                double got = net.predict(x);
                if (got != want) {
                    s.check(names.get(i) + " " + Arrays.toString(table), false, "on row " + r + ", x = " + SignNet.show(x)
                            + ", your network says " + SignNet.signed(got) + " but the table says " + table[r]);
                }
            }
            int ones = Arrays.stream(table).sum();
            s.check(names.get(i) + " (" + ones + " of " + table.length + (ones == 1 ? " rows says 1" : " rows say 1")
                    + "): right on all " + table.length + " inputs with " + SignNet.units(net.hiddenUnits()), true, "");
        }
    }
}
