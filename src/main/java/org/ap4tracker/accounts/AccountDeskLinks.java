package org.ap4tracker.accounts;

import org.ap4tracker.system.DeskLink;
import org.ap4tracker.system.DeskLinks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The account pages' links in the desk's navigation: API tokens for every editor, users for administrators. */
@Configuration(proxyBeanMethods = false)
class AccountDeskLinks {

    @Bean
    DeskLinks accountLinks() {
        return DeskLinks.of(DeskLink.forEditors(70, "/admin/tokens", "admin.nav.tokens"),
                DeskLink.forAdministrators(80, "/admin/users", "admin.nav.users"));
    }
}
