package org.ap4tracker.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAllByOrderByUsername();

    long countByRoleAndEnabledTrue(Role role);

    /** Held until the transaction ends, so that concurrent first starts cannot both create an administrator. */
    @Query(value = "select count(*) from (select pg_advisory_xact_lock(hashtext('app_user first administrator'))) as locked", nativeQuery = true)
    long lockAccountTable();
}
