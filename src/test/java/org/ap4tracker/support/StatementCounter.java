package org.ap4tracker.support;

import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements the application sends, by wrapping the DataSource in datasource-proxy, so
 * tests can prove that a page costs a fixed number of queries.
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

    private final AtomicInteger executed = new AtomicInteger();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            return ProxyDataSourceBuilder.create(dataSource)
                    .name(beanName)
                    .afterQuery((execution, queries) -> executed.addAndGet(queries.size()))
                    .build();
        }
        return bean;
    }

    public void reset() {
        executed.set(0);
    }

    public int count() {
        return executed.get();
    }
}
