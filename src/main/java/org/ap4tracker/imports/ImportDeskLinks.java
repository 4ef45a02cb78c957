package org.ap4tracker.imports;

import org.ap4tracker.system.DeskLink;
import org.ap4tracker.system.DeskLinks;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The import pages' link in the desk's navigation, after the reference data and before the link checker. */
@Configuration(proxyBeanMethods = false)
class ImportDeskLinks {

    @Bean
    DeskLinks importLinks() {
        return DeskLinks.of(DeskLink.forEditors(55, "/admin/imports", "admin.nav.imports"));
    }
}
