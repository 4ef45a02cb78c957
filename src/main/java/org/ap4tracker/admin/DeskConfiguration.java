package org.ap4tracker.admin;

import org.ap4tracker.system.DeskLink;
import org.ap4tracker.system.DeskLinks;
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
    DeskLinks deskLinks() {
        return DeskLinks.of(
                DeskLink.forEditors(10, "/admin", "admin.nav.dashboard"),
                DeskLink.forEditors(20, "/admin/events", "admin.nav.events"),
                DeskLink.forEditors(30, "/admin/developments", "admin.nav.developments"),
                DeskLink.forEditors(40, "/admin/actors", "admin.nav.actors"),
                DeskLink.forEditors(50, "/admin/topics", "admin.nav.topics"),
                DeskLink.forEditors(60, "/admin/links", "admin.nav.links"));
    }
}
