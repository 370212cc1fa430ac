// 100 kernel starts through a real Jupyter client, none failing (two at a time).
package org.nnworkbook.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KernelStartsIT {
    static final int STARTS = Integer.getInteger("kernel.starts", 100);

    @Test
    void every_start_answers_kernel_info_and_one_plus_one() throws Exception {
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            int attempt = i;
            runs.add(two.submit(() -> {
                try (KernelClient kernel = KernelClient.start()) {
                    String two2 = kernel.execute("1 + 1").text();
                    if (!two2.equals("2")) {
                        failures.add("start " + attempt + ": 1 + 1 gave '" + two2 + "'");
                    }
                } catch (Exception | AssertionError e) {
                    failures.add("start " + attempt + ": " + e);
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        two.shutdown();
        assertThat(failures).as("failed starts out of " + STARTS).isEmpty();
    }
}
