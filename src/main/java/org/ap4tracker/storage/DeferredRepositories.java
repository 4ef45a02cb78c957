package org.ap4tracker.storage;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.Ordered;
import org.springframework.data.repository.Repository;

/**
 * Gives the ahead-of-time processed application (scripts/run-jar) the deferred start of Spring Data's JPA
 * repositories ({@code spring.data.jpa.repositories.bootstrap-mode=deferred}) that it has without that processing:
 * Spring Data makes every injected repository a lazy proxy and creates the repositories themselves once the context
 * is refreshed, so that the main thread does not wait for the EntityManagerFactory that Hibernate builds in the
 * background. Spring Data sets that up while it registers the repositories' bean definitions, which the processed
 * application does not do at run time: it already has them (lazy, as Spring Data left them), but the injection
 * points are not lazy, so the first bean that needs a repository waited for Hibernate. This post-processor does
 * the same two things when the generated code is in use and Spring Data has not done them; otherwise nothing.
 */
final class DeferredRepositories implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (AotDetector.useGeneratedArtifacts()
                && beanFactory instanceof DefaultListableBeanFactory factory
                && factory.getAutowireCandidateResolver().getClass() == ContextAnnotationAutowireCandidateResolver.class) {
            factory.setAutowireCandidateResolver(new LazyRepositoryInjection());
            factory.registerSingleton(Initializer.class.getName(), new Initializer(factory));
        }
    }

    /** Injects a lazy proxy for every repository, as Spring Data's own resolver does in deferred mode. */
    static final class LazyRepositoryInjection extends ContextAnnotationAutowireCandidateResolver {

        @Override
        protected boolean isLazy(DependencyDescriptor descriptor) {
            return Repository.class.isAssignableFrom(descriptor.getDependencyType()) || super.isLazy(descriptor);
        }
    }

    /** Creates the repositories once the context is refreshed, as Spring Data's own listener does. */
    static final class Initializer implements ApplicationListener<ContextRefreshedEvent>, Ordered {

        private final ListableBeanFactory beanFactory;

        Initializer(ListableBeanFactory beanFactory) {
            this.beanFactory = beanFactory;
        }

        @Override
        public void onApplicationEvent(ContextRefreshedEvent event) {
            beanFactory.getBeansOfType(Repository.class);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
