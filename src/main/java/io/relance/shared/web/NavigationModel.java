package io.relance.shared.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout and the settings pages list: the navigation entries and settings tabs every module contributed. */
@ControllerAdvice(annotations = Controller.class)
class NavigationModel {

    private final List<NavigationItem> navigation;
    private final List<SettingsTab> settingsTabs;

    NavigationModel(List<NavigationItem> navigation, List<SettingsTab> settingsTabs) {
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
        this.settingsTabs = settingsTabs.stream()
                .sorted(Comparator.comparingInt(SettingsTab::order))
                .toList();
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        return navigation;
    }

    @ModelAttribute("settingsTabs")
    List<SettingsTab> settingsTabs() {
        return settingsTabs;
    }
}
