package org.ap4tracker.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/about").setViewName("about");
        // Browsers ask for /favicon.ico wherever a response names no icon (feeds, JSON, the API's documentation);
        // the site's icon is an SVG among the assets, so they are sent there for good, not given a 404 each time.
        registry.addRedirectViewController("/favicon.ico", "/assets/favicon.svg")
                .setStatusCode(HttpStatus.MOVED_PERMANENTLY);
    }

    /**
     * Query records are resolved ahead of Spring MVC's own resolvers: with {@code @ModelAttribute} they would
     * otherwise go to its model attribute processor, which is asked before any added through
     * {@link WebMvcConfigurer#addArgumentResolvers}.
     */
    @Bean
    static BeanPostProcessor queryRecordArgumentsFirst() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
                    List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
                    resolvers.add(new QueryRecordArguments());
                    resolvers.addAll(adapter.getArgumentResolvers());
                    adapter.setArgumentResolvers(resolvers);
                }
                return bean;
            }
        };
    }
}
