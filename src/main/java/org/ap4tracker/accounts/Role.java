package org.ap4tracker.accounts;

/** What an account may do. An administrator can do everything an editor can, and manage accounts. */
public enum Role {
    ADMIN, EDITOR
}
