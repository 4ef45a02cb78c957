package org.ap4tracker.audit;

import org.jspecify.annotations.Nullable;

/**
 * Who is making the current change and from where, in the manner of Spring Data's {@code AuditorAware}: the
 * domain asks an injected auditor and never reads the security context or the servlet request itself. The
 * web edge answers it (the implementation lives with sign-in, in {@code accounts}).
 */
public interface Auditor {

    /** The name recorded for changes made outside any signed-in request, such as migrations and start-up tasks. */
    String SYSTEM = "system";

    /** The signed-in user's name, or {@link #SYSTEM} outside a signed-in request. */
    String username();

    /** The client address of the current request, or null outside a request. */
    @Nullable String clientAddress();
}
