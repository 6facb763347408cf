package io.relance.shared.web;

import io.relance.shared.RelanceUser;
import io.relance.shared.Role;

/**
 * An entry of the navigation that a module contributes (a bean): the left bar and, on a phone, the bottom bar show
 * every entry in {@code order}, to those with at least its {@code role} (null: everyone).
 *
 * @param key the first segment of the path that marks the entry active ({@code home} for {@code /})
 * @param labelKey its label's message key
 * @param icon its Bootstrap icon class
 * @param sidebar shown in the left bar
 * @param bottomBar shown in the phone's bottom bar
 */
public record NavigationItem(
        int order,
        String key,
        String labelKey,
        String icon,
        String path,
        Role role,
        boolean sidebar,
        boolean bottomBar) {

    public boolean visibleTo(RelanceUser me) {
        return role == null || (me != null && allowed(me, role));
    }

    static boolean allowed(RelanceUser me, Role role) {
        return switch (role) {
            case ADMIN -> me.isAdmin();
            case MANAGER -> me.seesAll();
            case SALES_REP -> true;
        };
    }
}
