package io.relance.tracking;

/**
 * What the page owner knows of a request of the link: its method ({@code GET}, {@code HEAD}), user agent and client
 * address (kept only as a hash). Read them from the request with {@link #of(jakarta.servlet.http.HttpServletRequest)}.
 */
public record HitFacts(String method, String userAgent, String address) {

    public static HitFacts of(jakarta.servlet.http.HttpServletRequest request) {
        return new HitFacts(request.getMethod(), request.getHeader("User-Agent"), request.getRemoteAddr());
    }
}
