package org.ap4tracker.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * Imports run one at a time per instance, so a burst of uploads cannot take the connection pool readers need:
 * the second waits until the first has finished, then runs.
 */
class ImportWorkerTests {

    @Test
    void aSecondImportWaitsForTheFirstToFinish() throws InterruptedException {
        ImportWorker worker = new ImportWorker();
        try {
            CountDownLatch firstRunning = new CountDownLatch(1);
            CountDownLatch firstMayFinish = new CountDownLatch(1);
            CountDownLatch secondDone = new CountDownLatch(1);
            AtomicBoolean secondStarted = new AtomicBoolean();

            worker.run(() -> {
                firstRunning.countDown();
                await(firstMayFinish);
            });
            worker.run(() -> {
                secondStarted.set(true);
                secondDone.countDown();
            });

            assertThat(firstRunning.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(secondStarted).as("the second import started while the first ran").isFalse();
            firstMayFinish.countDown();
            assertThat(secondDone.await(30, TimeUnit.SECONDS)).as("the second import ran after the first").isTrue();
        }
        finally {
            worker.destroy();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
