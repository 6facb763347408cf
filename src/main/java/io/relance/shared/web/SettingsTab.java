package io.relance.shared.web;

/**
 * A tab of the settings pages that a module contributes (a bean), shown in {@code order}.
 *
 * @param key what a settings page names as its active tab
 * @param labelKey its label's message key
 */
public record SettingsTab(int order, String key, String labelKey, String path) {}
