package org.ap4tracker.accounts;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.ap4tracker.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which roles must add a passkey to their password, as an administrator set it: none, some, or all (for
 * everyone). Kept in the database, so every instance applies the same rule from the next request on.
 */
@Component
class SecondFactorPolicy {

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    SecondFactorPolicy(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    Set<Role> requiredFor() {
        return jdbc.sql("select role from second_factor_requirement").query(String.class).list().stream()
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    @Transactional
    void require(Set<Role> roles) {
        jdbc.sql("delete from second_factor_requirement").update();
        roles.forEach(role -> jdbc.sql("insert into second_factor_requirement (role) values (:role)")
                .param("role", role.name()).update());
        auditLog.record("SECOND_FACTOR_POLICY", "setting", "second-factor",
                roles.isEmpty() ? "password alone" : "passkey required for " + roles);
    }
}
