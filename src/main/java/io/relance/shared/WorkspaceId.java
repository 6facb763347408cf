package io.relance.shared;

import java.util.UUID;

/** Identifies a workspace: every row of every business table carries one. */
public record WorkspaceId(UUID value) implements java.io.Serializable {

    @Override
    public String toString() {
        return value.toString();
    }
}
