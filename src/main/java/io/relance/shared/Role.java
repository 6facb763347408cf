package io.relance.shared;

/** What a user may do: an admin manages the workspace, a manager sees every rep's work. */
public enum Role {
    ADMIN,
    MANAGER,
    SALES_REP;

    /** Admins and managers see every record of the workspace; a sales rep sees his own. */
    public boolean seesAll() {
        return this != SALES_REP;
    }
}
