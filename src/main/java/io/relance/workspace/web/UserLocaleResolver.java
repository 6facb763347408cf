package io.relance.workspace.web;

import io.relance.shared.RelanceUser;
import io.relance.shared.SupportedLocales;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of every page and answer: the signed-in user's own choice; before signing in, the one picked
 * on the page (a cookie), else the browser's, else English.
 */
class UserLocaleResolver implements LocaleResolver {

    private final CookieLocaleResolver anonymous = new CookieLocaleResolver("relance-lang");

    UserLocaleResolver() {
        anonymous.setDefaultLocaleFunction(request -> supported(request.getLocale()));
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof RelanceUser user) {
            return user.locale();
        }
        return supported(anonymous.resolveLocale(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        anonymous.setLocale(request, response, locale == null ? null : supported(locale));
    }

    private static Locale supported(Locale locale) {
        return locale != null && SupportedLocales.isSupported(locale.getLanguage())
                ? Locale.forLanguageTag(locale.getLanguage())
                : Locale.ENGLISH;
    }
}
