package io.relance.party.core;

import java.util.Arrays;
import java.util.UUID;

/** A free tag with a colour from the palette. */
public record Tag(UUID id, String name, String color) {

    /** The colour's place in the palette, for the pages' CSS classes (no inline styles). */
    public int colorIndex() {
        int index = Arrays.asList(Tags.PALETTE).indexOf(color);
        return Math.max(index, 0);
    }
}
