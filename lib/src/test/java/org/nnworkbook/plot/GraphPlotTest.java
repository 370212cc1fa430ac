// The computation-graph picture: one box per node, inputs left of results, each box's text, colours, edges, limits.
package org.nnworkbook.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnworkbook.nn.Value;

class GraphPlotTest {

    @Test
    void the_lectures_example_draws_inputs_left_of_q_left_of_f_with_values_and_gradients() {
        Value x = new Value(1, "x");
        Value y = new Value(-3, "y");
        Value z = new Value(4, "z");
        Value q = x.add(y).label("q");
        Value f = q.mul(z).label("f");
        f.backward();
        Map<Value, Rectangle> boxes = GraphPlot.layout(f.topologicalOrder());
        BufferedImage image = Pictures.look("graph-deck-001", Plots.graph(f));
        assertAll(
                () -> assertThat(boxes).hasSize(5),
                () -> assertThat(boxes.get(x).x).isEqualTo(boxes.get(y).x),
                () -> assertThat(boxes.get(q).x).isGreaterThan(boxes.get(x).x),
                () -> assertThat(boxes.get(z).x).as("z sits beside q, next to f that uses it").isEqualTo(boxes.get(q).x),
                () -> assertThat(boxes.get(f).x).isGreaterThan(boxes.get(q).x),
                () -> assertThat(GraphPlot.lines(q)).containsExactly("q = +", "data -2", "grad 4"),
                () -> assertThat(GraphPlot.lines(f)).containsExactly("f = *", "data -8", "grad 1"),
                () -> assertThat(GraphPlot.lines(z)).containsExactly("z", "data 4", "grad -2"),
                // fills: leaves pale blue, q pale grey, the output pale orange (sampled inside each box, off the text)
                () -> assertThat(image.getRGB(boxes.get(x).x + 4, boxes.get(x).y + 30) & 0xFFFFFF).isEqualTo(GraphPlot.LEAF.getRGB() & 0xFFFFFF),
                () -> assertThat(image.getRGB(boxes.get(q).x + 4, boxes.get(q).y + 30) & 0xFFFFFF).isEqualTo(GraphPlot.OP.getRGB() & 0xFFFFFF),
                () -> assertThat(image.getRGB(boxes.get(f).x + 4, boxes.get(f).y + 30) & 0xFFFFFF).isEqualTo(GraphPlot.OUTPUT.getRGB() & 0xFFFFFF),
                () -> assertThat(edgeInk(image, boxes.get(q), boxes.get(f))).as("edge pixels between q and f").isGreaterThan(20));
    }

    @Test
    void a_node_used_twice_is_drawn_once_and_boxes_never_overlap() {
        Value a = new Value(3, "a");
        Value b = a.mul(a).add(a.tanh()).label("b");
        Map<Value, Rectangle> boxes = GraphPlot.layout(b.topologicalOrder());
        assertThat(boxes).hasSize(4);
        for (Rectangle r : boxes.values()) {
            for (Rectangle s : boxes.values()) {
                assertThat(r != s && r.intersects(s)).as("%s overlaps %s", r, s).isFalse();
            }
        }
    }

    @Test
    void numbers_are_short_and_unnamed_nodes_show_their_operation() {
        Value c = new Value(2).mul(new Value(0.5)).exp();
        assertAll(
                () -> assertThat(GraphPlot.number(0.123456)).isEqualTo("0.1235"),
                () -> assertThat(GraphPlot.number(2.0)).isEqualTo("2"),
                () -> assertThat(GraphPlot.number(-0.0)).isEqualTo("0"),
                () -> assertThat(GraphPlot.number(1.5e-7)).isEqualTo("1.500e-07"),
                () -> assertThat(GraphPlot.lines(c).get(0)).isEqualTo("exp"),
                () -> assertThat(GraphPlot.lines(c.children().get(0).children().get(0)).get(0)).isEqualTo("constant"),
                () -> Pictures.assertNotBlank(Plots.graph(c).image()));
    }

    @Test
    void huge_graphs_and_null_are_refused_with_what_to_do() {
        Value sum = new Value(0);
        for (int i = 0; i < 100; i++) {
            sum = sum.add(new Value(i));
        }
        Value big = sum;
        assertAll(
                () -> assertThatThrownBy(() -> Plots.graph(big)).hasMessageContaining("201 nodes").hasMessageContaining("smaller"),
                () -> assertThatThrownBy(() -> Plots.graph(null)).hasMessageContaining("null"));
    }

    /** Non-white pixels in the gap between two boxes (where their edge runs). */
    static int edgeInk(BufferedImage image, Rectangle from, Rectangle to) {
        int n = 0;
        for (int x = from.x + from.width + 3; x < to.x - 3; x++) {
            for (int y = Math.min(from.y, to.y); y < Math.max(from.y + from.height, to.y + to.height); y++) {
                n += Pictures.brightness(image.getRGB(x, y)) < 200 ? 1 : 0;
            }
        }
        return n;
    }
}
