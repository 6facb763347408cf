package io.relance.party;

import io.relance.party.core.Source;
import io.relance.party.core.ThirdPartyChanges;
import io.relance.party.core.ThirdPartyDetails;
import io.relance.party.core.ThirdPartyManagement;
import io.relance.shared.RelanceUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Builds third parties through the module's entry point: {@code thirdParties.of(rep).named("Dupont").create()}. */
@Component
public class ThirdPartyFixture {

    private final ThirdPartyManagement management;

    ThirdPartyFixture(ThirdPartyManagement management) {
        this.management = management;
    }

    public Builder of(RelanceUser owner) {
        return new Builder(owner);
    }

    public final class Builder {
        private final RelanceUser who;
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private final List<String> tags = new ArrayList<>();
        private final Map<String, Object> custom = new LinkedHashMap<>();

        Builder(RelanceUser who) {
            this.who = who;
            fields.put("name", "Third party");
        }

        public Builder named(String name) {
            fields.put("name", name);
            return this;
        }

        /** The family of Lyon most page tests work on: "Famille Lambert", contact@lambert.test. */
        public Builder lambert() {
            return named("Famille Lambert").withEmail("contact@lambert.test").in("Lyon");
        }

        public Builder with(String field, Object value) {
            fields.put(field, value);
            return this;
        }

        public Builder withEmail(String email) {
            return with("email", email);
        }

        public Builder withPhone(String phone) {
            return with("phone", phone);
        }

        public Builder in(String city) {
            return with("city", city);
        }

        public Builder status(ProspectStatus status) {
            return with("status", status.name());
        }

        public Builder tagged(String... names) {
            tags.addAll(List.of(names));
            return this;
        }

        public Builder custom(String key, Object value) {
            custom.put(key, value);
            return this;
        }

        public ThirdPartyDetails create() {
            Map<String, Object> json = new LinkedHashMap<>(fields);
            if (!tags.isEmpty()) {
                json.put("tags", tags);
            }
            if (!custom.isEmpty()) {
                json.put("customFields", custom);
            }
            return management.create(who, ThirdPartyChanges.parse(json, "FR"), Source.MANUAL);
        }

        /** Creates it; its id. */
        public UUID createUuid() {
            return create().thirdParty().id().value();
        }

        /** Creates it; its id as a URL carries it. */
        public String createId() {
            return createUuid().toString();
        }

        /** Creates it; its address in the API ({@code /api/v1/thirdparties/<id>}). */
        public String createInApi() {
            return "/api/v1/thirdparties/" + createId();
        }
    }
}
