package org.ap4tracker.accounts;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in. When the hashing parameters are raised, Spring Security re-hashes a password
 * at its owner's next sign-in through {@link #updatePassword}.
 */
@Component
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccountRepository repository;

    AccountUserDetailsService(UserAccountRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return repository.findByUsername(Accounts.normalise(username))
                .map(AccountUserDetailsService::toUserDetails)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        UserAccount account = repository.findByUsername(user.getUsername())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        account.rehash(newPassword);
        return toUserDetails(account);
    }

    private static UserDetails toUserDetails(UserAccount account) {
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .roles(account.getRole().name())
                .disabled(!account.isEnabled())
                .build();
    }
}
