package org.ap4tracker.admin;

import org.ap4tracker.system.DeskLink;
import org.ap4tracker.system.PageAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The desk's own share of the site's web surface: everything under {@code /admin} that no module claimed with a
 * stricter rule needs an editor, and the desk's navigation starts with the pages of this module.
 */
@Configuration(proxyBeanMethods = false)
class DeskConfiguration {

    @Bean
    PageAccessRules deskForEditors() {
        return PageAccessRules.last(requests -> requests.requestMatchers("/admin/**").hasRole(PageAccessRules.EDITOR));
    }

    @Bean
    DeskLink dashboardLink() {
        return DeskLink.forEditors(10, "/admin", "admin.nav.dashboard");
    }

    @Bean
    DeskLink eventsLink() {
        return DeskLink.forEditors(20, "/admin/events", "admin.nav.events");
    }

    @Bean
    DeskLink storylinesLink() {
        return DeskLink.forEditors(30, "/admin/developments", "admin.nav.developments");
    }

    @Bean
    DeskLink actorsLink() {
        return DeskLink.forEditors(40, "/admin/actors", "admin.nav.actors");
    }

    @Bean
    DeskLink topicsLink() {
        return DeskLink.forEditors(50, "/admin/topics", "admin.nav.topics");
    }

    @Bean
    DeskLink linksLink() {
        return DeskLink.forEditors(60, "/admin/links", "admin.nav.links");
    }
}
