package io.relance.followup.feed;

import io.relance.party.ThirdPartyId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute addresses a feed gives: its own ({@code /calendar/<token>.ics}) and, in each task, its third party's
 * record. They start with {@code relance.public-url} ({@code RELANCE_PUBLIC_URL}) as the quotes' private links do;
 * unset, with the address of the current request, and outside a request with {@code http://localhost:8080}.
 */
@Component
class FeedAddresses {

    /** The path of a feed, before its token. */
    static final String FEED_PATH = "/calendar/";

    static final String SUFFIX = ".ics";

    private final String publicUrl;

    FeedAddresses(@Value("${relance.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
    }

    String feed(String token) {
        return base() + FEED_PATH + token + SUFFIX;
    }

    String record(ThirdPartyId thirdParty) {
        return base() + "/thirdparties/" + thirdParty;
    }

    /** The host of the addresses: the domain part of the feed's UIDs. */
    String host() {
        String host = java.net.URI.create(base()).getHost();
        return host == null ? "localhost" : host;
    }

    private String base() {
        if (!publicUrl.isEmpty()) {
            return publicUrl;
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        }
        return "http://localhost:8080";
    }
}
