package org.rapaio.jupyter.kernel.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The start-up fix: the kernel's own LoopThread raised its running flag after starting the thread,
 * so a thread scheduled at once saw false and ended without serving its channel (a hung kernel).
 */
class LoopThreadTest {

    @Test
    void every_started_loop_runs_its_body_until_shut_down() throws InterruptedException {
        int loops = 200;
        CountDownLatch ranOnce = new CountDownLatch(loops);
        List<LoopThread> threads = new ArrayList<>();
        for (int i = 0; i < loops; i++) {
            boolean[] counted = {false};
            LoopThread t = new LoopThread("loop-" + i, 1, () -> {
                if (!counted[0]) {
                    counted[0] = true;
                    ranOnce.countDown();
                }
            });
            threads.add(t);
            t.start();
        }
        boolean allRan = ranOnce.await(20, TimeUnit.SECONDS);
        threads.forEach(LoopThread::shutdown);
        for (LoopThread t : threads) {
            t.join(5_000);
        }
        assertThat(allRan).as("loops that never ran their body: %d", ranOnce.getCount()).isTrue();
        assertThat(threads).noneMatch(Thread::isAlive);
    }
}
