package org.ap4tracker.audit;

import org.ap4tracker.system.DeskLink;
import org.ap4tracker.system.DeskLinks;
import org.ap4tracker.system.PageAccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log's page is for administrators only, and its link in the desk's navigation too. */
@Configuration(proxyBeanMethods = false)
class AuditLogPages {

    @Bean
    PageAccessRules auditLogForAdministrators() {
        return requests -> requests.requestMatchers(AuditLogController.PATH + "/**").hasRole(PageAccessRules.ADMIN);
    }

    @Bean
    DeskLinks auditLogLink() {
        return DeskLinks.of(DeskLink.forAdministrators(90, AuditLogController.PATH, "admin.nav.audit"));
    }
}
