package org.ap4tracker.system;

import org.jspecify.annotations.Nullable;

/**
 * One link of the desk's navigation, declared by the module that serves the page in its {@link DeskLinks} bean;
 * the desk's layout shows them by {@code position}, only to accounts with the {@code role} when one is given.
 *
 * @param position where it stands in the navigation, lowest first
 * @param path the page's address, also the section its sub-pages belong to
 * @param messageKey the link's text in {@code messages*.properties}
 * @param role the role (as {@code hasRole} takes it) an account needs to see the link, or null for every editor
 */
public record DeskLink(int position, String path, String messageKey, @Nullable String role) {

    public static DeskLink forEditors(int position, String path, String messageKey) {
        return new DeskLink(position, path, messageKey, null);
    }

    public static DeskLink forAdministrators(int position, String path, String messageKey) {
        return new DeskLink(position, path, messageKey, PageAccessRules.ADMIN);
    }
}
