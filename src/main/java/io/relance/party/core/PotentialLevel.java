package io.relance.party.core;

/** A level of potential (configurable per workspace; default none / low / medium / high). */
public record PotentialLevel(String key, String label, int position) {}
