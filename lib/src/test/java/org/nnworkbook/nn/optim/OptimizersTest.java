// Optimisers worked by hand: SGD, momentum, Adam with bias correction, schedules, bad settings.
package org.nnworkbook.nn.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nnworkbook.testing.MatrixAssertions.argumentError;
import static org.nnworkbook.testing.MatrixAssertions.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnworkbook.nn.Matrix;
import org.nnworkbook.nn.Parameter;

class OptimizersTest {
    private static Parameter parameter(double... values) {
        return new Parameter("p", Matrix.row(values));
    }

    @Test
    void sgd_steps_against_the_gradient() {
        Parameter p = parameter(1, -2);
        p.grad().assignInPlace(Matrix.row(0.5, -1));
        new SGD(List.of(p), 0.1).step();
        assertClose(Matrix.row(0.95, -1.9), p.value(), 1e-15);
    }

    @Test
    void momentum_keeps_a_velocity_in_the_optimiser() {
        Parameter p = parameter(0);
        SGD opt = new SGD(List.of(p), 0.1, 0.9);
        p.grad().fillInPlace(1);
        opt.step();                 // v = 1,          θ = -0.1
        opt.step();                 // v = 0.9 + 1,    θ = -0.1 - 0.19
        assertEquals(-0.29, p.value().item(), 1e-15);
    }

    @Test
    void adam_follows_the_bias_corrected_update() {
        Parameter p = parameter(1.0);
        Adam adam = new Adam(List.of(p), 0.01);
        double g1 = 0.4;
        double g2 = -0.2;
        p.grad().fillInPlace(g1);
        adam.step();
        // step 1: m̂ = g, v̂ = g², so θ moves by lr·g/(|g| + ε)
        double theta1 = 1.0 - 0.01 * g1 / (Math.abs(g1) + 1e-8);
        assertEquals(theta1, p.value().item(), 1e-15);
        p.grad().fillInPlace(g2);
        adam.step();
        double m = 0.9 * (0.1 * g1) + 0.1 * g2;
        double v = 0.999 * (0.001 * g1 * g1) + 0.001 * g2 * g2;
        double mHat = m / (1 - 0.9 * 0.9);
        double vHat = v / (1 - 0.999 * 0.999);
        assertAll(
                () -> assertEquals(theta1 - 0.01 * mHat / (Math.sqrt(vHat) + 1e-8), p.value().item(), 1e-15),
                () -> assertEquals(2, adam.steps()));
    }

    @Test
    void zero_grad_clears_every_parameter() {
        Parameter a = parameter(1, 2);
        Parameter b = parameter(3);
        a.grad().fillInPlace(5);
        b.grad().fillInPlace(5);
        new Adam(List.of(a, b), 0.1).zeroGrad();
        assertEquals(0.0, a.grad().norm() + b.grad().norm());
    }

    @Test
    void schedules_give_the_documented_rates() {
        assertAll(
                () -> assertEquals(0.1, LearningRateSchedule.constant().rate(7, 0.1)),
                () -> assertEquals(0.1, LearningRateSchedule.stepDecay(10, 0.5).rate(9, 0.1)),
                () -> assertEquals(0.05, LearningRateSchedule.stepDecay(10, 0.5).rate(12, 0.1)),
                () -> assertEquals(0.1 * Math.pow(0.9, 3), LearningRateSchedule.exponential(0.9).rate(3, 0.1), 1e-17),
                () -> assertEquals(0.1, LearningRateSchedule.cosine(10, 0.0).rate(0, 0.1), 1e-17),
                () -> assertEquals(0.05, LearningRateSchedule.cosine(10, 0.0).rate(5, 0.1), 1e-15),
                () -> assertEquals(0.001, LearningRateSchedule.cosine(10, 0.001).rate(10, 0.1), 1e-15));
    }

    @Test
    void bad_settings_are_refused_with_a_suggestion() {
        List<Parameter> ps = List.of(parameter(1));
        assertAll(
                () -> assertThat(argumentError(() -> new SGD(ps, Double.NaN)))
                        .isEqualTo("learning rate must be a positive finite number, got NaN; try 0.1 for SGD or 0.001 for Adam"),
                () -> assertThat(argumentError(() -> new SGD(ps, -0.1))).contains("got -0.1"),
                () -> assertThat(argumentError(() -> new Adam(ps, 0))).contains("got 0.0"),
                () -> assertThat(argumentError(() -> new SGD(ps, 0.1, 1.0))).contains("momentum must be in [0, 1), got 1.0"),
                () -> assertThat(argumentError(() -> new SGD(List.of(), 0.1))).contains("empty parameter list"),
                () -> assertThat(argumentError(() -> LearningRateSchedule.stepDecay(0, 0.5))).contains("must be positive"));
    }
}
