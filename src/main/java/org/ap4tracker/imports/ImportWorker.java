package org.ap4tracker.imports;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * The one thread an instance runs imports on; later imports wait their turn, shown as being checked with no row
 * done yet. While it runs, an import holds up to three pooled connections (its lock, its transaction, its progress
 * updates), so running several at once could take the pool that readers' pages need; one at a time cannot.
 * <p>
 * Not an {@code Executor} bean, which would make Spring Boot leave out its own {@code applicationTaskExecutor}.
 * Stopping the application interrupts an import under way; its transaction rolls back and the next start marks it
 * failed ({@link InterruptedImports}).
 */
@Component
class ImportWorker implements DisposableBean {

    private final ThreadPoolTaskExecutor thread = new ThreadPoolTaskExecutor();

    ImportWorker() {
        thread.setCorePoolSize(1);
        thread.setMaxPoolSize(1);
        thread.setThreadNamePrefix("import-");
        thread.initialize();
    }

    /** Runs the work after the imports queued before it, as the editor who asked for it. */
    void run(Runnable work) {
        thread.execute(new DelegatingSecurityContextRunnable(work));
    }

    @Override
    public void destroy() {
        thread.shutdown();
    }
}
