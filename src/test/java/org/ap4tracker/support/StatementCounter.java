package org.ap4tracker.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements the application sends, the transactions it commits and the connections it borrows,
 * by wrapping the DataSource in datasource-proxy, so tests can prove that a page costs a fixed number of queries
 * and reads on one connection.
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

    private final AtomicInteger executed = new AtomicInteger();

    /** Statements by the thread that sent them: scheduled jobs read and write beside the request a test makes. */
    private final Map<Long, AtomicInteger> sent = new ConcurrentHashMap<>();

    /** Commits by the thread that made them: scheduled jobs commit beside the request a test makes. */
    private final Map<Long, AtomicInteger> commits = new ConcurrentHashMap<>();

    /** Connections borrowed from the pool, by the thread that borrowed them. */
    private final Map<Long, AtomicInteger> borrowed = new ConcurrentHashMap<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return ProxyDataSourceBuilder.create(dataSource)
                    .name(beanName)
                    .afterQuery((execution, queries) -> {
                        executed.addAndGet(queries.size());
                        sent.computeIfAbsent(Thread.currentThread().getId(), id -> new AtomicInteger())
                                .addAndGet(queries.size());
                    })
                    .afterMethod(call -> {
                        String method = call.getMethod().getName();
                        if (method.equals("commit")) {
                            countForThisThread(commits);
                        }
                        else if (method.equals("getConnection") && call.getTarget() instanceof DataSource) {
                            countForThisThread(borrowed);
                        }
                    })
                    .build();
        }
        return bean;
    }

    private static void countForThisThread(Map<Long, AtomicInteger> counts) {
        counts.computeIfAbsent(Thread.currentThread().getId(), id -> new AtomicInteger()).incrementAndGet();
    }

    public void reset() {
        executed.set(0);
        sent.clear();
        commits.clear();
        borrowed.clear();
    }

    public int count() {
        return executed.get();
    }

    /** Statements the calling thread (a MockMvc request's) sent since the last reset. */
    public int countOfThisThread() {
        return ofThisThread(sent);
    }

    /** Transactions the calling thread (a MockMvc request's) committed since the last reset. */
    public int commits() {
        return ofThisThread(commits);
    }

    /** Connections the calling thread borrowed from the pool since the last reset. */
    public int connections() {
        return ofThisThread(borrowed);
    }

    private static int ofThisThread(Map<Long, AtomicInteger> counts) {
        AtomicInteger made = counts.get(Thread.currentThread().getId());
        return made == null ? 0 : made.get();
    }
}
