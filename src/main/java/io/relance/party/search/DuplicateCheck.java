package io.relance.party.search;

import io.relance.party.ThirdPartyId;
import java.util.List;

/**
 * What a new or edited third party holds so far, to look for possible duplicates of. Every part is optional; an
 * e-mail or a phone that is not valid (yet) is simply not looked for.
 *
 * @param phones its phone and mobile as typed
 * @param country the country its phones will be read in (ISO code); the workspace's when absent
 * @param excludeId the third party being edited, never its own duplicate
 */
public record DuplicateCheck(String name, String email, List<String> phones, String country, ThirdPartyId excludeId) {

    public DuplicateCheck {
        phones = phones == null
                ? List.of()
                : phones.stream().filter(p -> p != null).toList();
    }
}
