package org.ap4tracker.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements the application sends, and the transactions it commits, by wrapping the DataSource
 * in datasource-proxy, so tests can prove that a page costs a fixed number of queries and reads in one transaction.
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

    private final AtomicInteger executed = new AtomicInteger();

    /** Commits by the thread that made them: scheduled jobs commit beside the request a test makes. */
    private final Map<Long, AtomicInteger> commits = new ConcurrentHashMap<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return ProxyDataSourceBuilder.create(dataSource)
                    .name(beanName)
                    .afterQuery((execution, queries) -> executed.addAndGet(queries.size()))
                    .afterMethod(call -> {
                        if (call.getMethod().getName().equals("commit")) {
                            commits.computeIfAbsent(Thread.currentThread().getId(), id -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    })
                    .build();
        }
        return bean;
    }

    public void reset() {
        executed.set(0);
        commits.clear();
    }

    public int count() {
        return executed.get();
    }

    /** Transactions the calling thread (a MockMvc request's) committed since the last reset. */
    public int commits() {
        AtomicInteger made = commits.get(Thread.currentThread().getId());
        return made == null ? 0 : made.get();
    }
}
