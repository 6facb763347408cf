package io.relance.thirdparty;

import java.util.UUID;

/** A free tag with a colour. */
public record Tag(UUID id, String name, String color) {}
