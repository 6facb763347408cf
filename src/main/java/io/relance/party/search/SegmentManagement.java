package io.relance.party.search;

import io.relance.shared.ForbiddenException;
import io.relance.shared.Ids;
import io.relance.shared.InvalidInputException;
import io.relance.shared.NotFoundException;
import io.relance.shared.RelanceUser;
import io.relance.shared.Text;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved filters of the list: a user's own, and those an admin or manager shared.
 */
@Service
public class SegmentManagement {

    private final Segments segments;
    private final Clock clock;

    SegmentManagement(Segments segments, Clock clock) {
        this.segments = segments;
        this.clock = clock;
    }

    public List<Segment> segments(RelanceUser me) {
        return segments.visibleTo(me.workspaceId(), me.userId().value());
    }

    /** The longest filter a segment keeps (its stored query string). */
    static final int MAX_QUERY = 2000;

    @Transactional
    public Segment saveSegment(RelanceUser me, String name, ThirdPartyFilter filter, boolean shared) {
        String clean = Text.clean(name);
        if (clean == null) {
            throw new InvalidInputException("name", "validation.required");
        }
        if (clean.length() > 120) {
            throw new InvalidInputException("name", "validation.size.max", 120);
        }
        if (segments.nameTaken(me.workspaceId(), me.userId().value(), clean)) {
            throw new InvalidInputException("name", "segments.name.taken");
        }
        // a query string is read back form-decoded ("+" is a space): a literal "+" (a phone, "+33…") is kept as %2B
        String encoded = org.springframework.web.util.UriComponentsBuilder.newInstance()
                .queryParams(filter.toParams())
                .build()
                .encode()
                .getQuery();
        String query = encoded == null ? "" : encoded.replace("+", "%2B"); // no filter: the whole list
        if (query.length() > MAX_QUERY) {
            // refused as the user typed it, never cut short into another filter
            throw new InvalidInputException("filter", "segments.filter.tooLong");
        }
        Segment segment = new Segment(
                Ids.newId(),
                me.userId().value(),
                clean,
                query == null ? "" : query,
                shared && me.seesAll(),
                clock.instant());
        segments.insert(me.workspaceId(), segment);
        return segment;
    }

    public Segment segment(RelanceUser me, UUID id) {
        return segments.find(me.workspaceId(), id)
                .filter(s -> s.shared() || s.userId().equals(me.userId().value()))
                .orElseThrow(NotFoundException::new);
    }

    /**
     * The list parameters with a saved segment's underneath ({@code segment=<id>}); the parameters given beside
     * it win. Without a segment, the parameters as they are.
     */
    public org.springframework.util.MultiValueMap<String, String> withSegment(
            RelanceUser me, org.springframework.util.MultiValueMap<String, String> params) {
        String id = params.getFirst("segment");
        if (id == null || id.isBlank()) {
            return params;
        }
        String query = segment(me, io.relance.shared.Ids.parse(id)).query();
        org.springframework.util.MultiValueMap<String, String> merged = ThirdPartyFilter.parseQuery(query);
        params.forEach((k, vs) -> {
            if (!k.equals("segment")) {
                merged.put(k, vs);
            }
        });
        return merged;
    }

    @Transactional
    public void deleteSegment(RelanceUser me, UUID id) {
        Segment segment = segment(me, id);
        if (!segment.userId().equals(me.userId().value()) && !me.isAdmin()) {
            throw new ForbiddenException();
        }
        segments.delete(me.workspaceId(), id);
    }
}
