/** Relance, a modular monolith: one package per business module. */
package io.relance;
