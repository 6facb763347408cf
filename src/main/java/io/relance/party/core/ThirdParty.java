package io.relance.party.core;

import static io.relance.party.core.FieldChanges.fill;
import static io.relance.party.core.FieldChanges.set;

import io.relance.history.FieldChange;
import io.relance.party.ProspectStatus;
import io.relance.party.ThirdPartyId;
import io.relance.party.ThirdPartySummary;
import io.relance.shared.Phones;
import io.relance.shared.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A company or a person we sell to: a prospect, a customer, both or neither. State changes are named methods
 * that answer what changed, so the timeline can record who changed what.
 */
public final class ThirdParty {

    private final ThirdPartyId id;
    private final String code;
    private String name;
    private boolean individual;
    private boolean prospect;
    private boolean customer;
    private ProspectStatus status;
    private String potential;
    private String email;
    private String phone;
    private String phoneE164;
    private String mobile;
    private String mobileE164;
    private String website;
    private String addressLine;
    private String postalCode;
    private String city;
    private String country;
    private String language;
    private final Source source;
    private String notes;
    private UserId ownerId;
    private String codeAliases;
    private ThirdPartyId mergedInto;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;
    private final long version;

    ThirdParty(ThirdPartyRow row) {
        this.id = row.id();
        this.code = row.code();
        this.name = row.name();
        this.individual = row.individual();
        this.prospect = row.prospect();
        this.customer = row.customer();
        this.status = row.status();
        this.potential = row.potential();
        this.email = row.email();
        this.phone = row.phone();
        this.phoneE164 = row.phoneE164();
        this.mobile = row.mobile();
        this.mobileE164 = row.mobileE164();
        this.website = row.website();
        this.addressLine = row.addressLine();
        this.postalCode = row.postalCode();
        this.city = row.city();
        this.country = row.country();
        this.language = row.language();
        this.source = row.source();
        this.notes = row.notes();
        this.ownerId = row.ownerId();
        this.codeAliases = row.codeAliases();
        this.mergedInto = row.mergedInto();
        this.createdAt = row.createdAt();
        this.updatedAt = row.updatedAt();
        this.deletedAt = row.deletedAt();
        this.version = row.version();
    }

    public static ThirdParty create(
            ThirdPartyId id,
            String code,
            String name,
            boolean individual,
            boolean prospect,
            boolean customer,
            Source source,
            UserId owner,
            String defaultPotential,
            Instant now) {
        return new ThirdParty(
                id, code, name.strip(), individual, prospect, customer, source, owner, defaultPotential, now);
    }

    /** A new third party: never contacted, nothing but its names, kind, source and owner. */
    private ThirdParty(
            ThirdPartyId id,
            String code,
            String name,
            boolean individual,
            boolean prospect,
            boolean customer,
            Source source,
            UserId ownerId,
            String potential,
            Instant now) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.individual = individual;
        this.prospect = prospect;
        this.customer = customer;
        this.status = ProspectStatus.NEVER_CONTACTED;
        this.potential = potential;
        this.source = source;
        this.ownerId = ownerId;
        this.createdAt = now;
        this.updatedAt = now;
        this.version = 0;
    }

    /**
     * The E.164 form of a phone: a phone typed anew is read in the record's country; one that did not change keeps
     * the form it was read with (moving the address abroad does not make a French mobile German), and is read
     * again only if it had none.
     */
    private static String e164(String typed, String typedBefore, String e164Before, String country) {
        if (Objects.equals(typed, typedBefore) && e164Before != null) {
            return e164Before;
        }
        return Phones.e164(typed, country).orElse(null);
    }

    /** Applies validated changes; answers the fields that really changed (before → after). */
    public List<FieldChange> apply(ThirdPartyChanges changes, String region, Instant now) {
        List<FieldChange> done = new ArrayList<>();
        changes.name().ifPresent(v -> name = set(done, "name", name, v));
        changes.individual().ifPresent(v -> individual = set(done, "individual", individual, v));
        changes.prospect().ifPresent(v -> prospect = set(done, "prospect", prospect, v));
        changes.customer().ifPresent(v -> customer = set(done, "customer", customer, v));
        changes.email().ifPresent(v -> email = set(done, "email", email, v.orElse(null)));
        // the country first: phones typed without a prefix are read in the country they are saved with
        changes.country().ifPresent(v -> country = set(done, "country", country, v.orElse(null)));
        String phoneBefore = phone;
        String mobileBefore = mobile;
        changes.phone().ifPresent(v -> phone = set(done, "phone", phone, v.orElse(null)));
        changes.mobile().ifPresent(v -> mobile = set(done, "mobile", mobile, v.orElse(null)));
        String readIn = country != null ? country : region;
        phoneE164 = e164(phone, phoneBefore, phoneE164, readIn);
        mobileE164 = e164(mobile, mobileBefore, mobileE164, readIn);
        changes.website().ifPresent(v -> website = set(done, "website", website, v.orElse(null)));
        changes.addressLine().ifPresent(v -> addressLine = set(done, "addressLine", addressLine, v.orElse(null)));
        changes.postalCode().ifPresent(v -> postalCode = set(done, "postalCode", postalCode, v.orElse(null)));
        changes.city().ifPresent(v -> city = set(done, "city", city, v.orElse(null)));
        changes.language().ifPresent(v -> language = set(done, "language", language, v.orElse(null)));
        changes.notes().ifPresent(v -> notes = set(done, "notes", notes, v.orElse(null)));
        if (!done.isEmpty()) {
            updatedAt = now;
        }
        return done;
    }

    /** The status changed (in one click from the list, or in bulk). */
    public FieldChange changeStatus(ProspectStatus newStatus, Instant now) {
        if (newStatus == status) {
            return null;
        }
        FieldChange change = new FieldChange("status", status.name(), newStatus.name());
        status = newStatus;
        updatedAt = now;
        return change;
    }

    public FieldChange changePotential(String newPotential, Instant now) {
        if (Objects.equals(newPotential, potential)) {
            return null;
        }
        FieldChange change = new FieldChange("potential", potential, newPotential);
        potential = newPotential;
        updatedAt = now;
        return change;
    }

    public FieldChange reassign(UserId newOwner, Instant now) {
        if (newOwner.equals(ownerId)) {
            return null;
        }
        FieldChange change = new FieldChange("owner", ownerId.toString(), newOwner.toString());
        ownerId = newOwner;
        updatedAt = now;
        return change;
    }

    /**
     * A sale was won (a quote accepted): the third party is a customer from now on, no longer a prospect. Answers
     * what changed (nothing when it was a customer already and no prospect).
     */
    public List<FieldChange> becomeCustomer(Instant now) {
        List<FieldChange> done = new ArrayList<>();
        customer = set(done, "customer", customer, true);
        prospect = set(done, "prospect", prospect, false);
        if (!done.isEmpty()) {
            updatedAt = now;
        }
        return done;
    }

    /** Something beside the fields changed (tags, custom values). */
    public void touch(Instant now) {
        updatedAt = now;
    }

    public void delete(Instant now) {
        deletedAt = now;
        updatedAt = now;
    }

    public void restore(Instant now) {
        deletedAt = null;
        updatedAt = now;
    }

    /**
     * Takes what the duplicate has and this one lacks: empty fields are filled, notes concatenated, the
     * duplicate's code kept as an alias. Answers the fields filled.
     */
    public List<FieldChange> absorb(ThirdParty duplicate, Instant now) {
        List<FieldChange> filled = new ArrayList<>();
        email = fill(filled, "email", email, duplicate.email);
        if (phone == null && duplicate.phone != null) {
            phone = fill(filled, "phone", phone, duplicate.phone);
            phoneE164 = duplicate.phoneE164;
        }
        if (mobile == null && duplicate.mobile != null) {
            mobile = fill(filled, "mobile", mobile, duplicate.mobile);
            mobileE164 = duplicate.mobileE164;
        }
        website = fill(filled, "website", website, duplicate.website);
        addressLine = fill(filled, "addressLine", addressLine, duplicate.addressLine);
        postalCode = fill(filled, "postalCode", postalCode, duplicate.postalCode);
        city = fill(filled, "city", city, duplicate.city);
        country = fill(filled, "country", country, duplicate.country);
        language = fill(filled, "language", language, duplicate.language);
        if (duplicate.notes != null && !duplicate.notes.isBlank()) {
            String merged = notes == null || notes.isBlank() ? duplicate.notes : notes + "<hr>" + duplicate.notes;
            filled.add(new FieldChange("notes", notes, merged));
            notes = merged;
        }
        if (duplicate.customer && !customer) {
            customer = true;
            filled.add(new FieldChange("customer", "false", "true"));
        }
        if (duplicate.prospect && !prospect) {
            prospect = true;
            filled.add(new FieldChange("prospect", "false", "true"));
        }
        codeAliases = java.util.stream.Stream.of(codeAliases, duplicate.code, duplicate.codeAliases)
                .filter(Objects::nonNull)
                .flatMap(a -> java.util.stream.Stream.of(a.split(" ")))
                .distinct()
                .collect(java.util.stream.Collectors.joining(" "));
        updatedAt = now;
        return filled;
    }

    public void mergedInto(ThirdPartyId survivor, Instant now) {
        mergedInto = survivor;
        deletedAt = now;
        updatedAt = now;
    }

    /** Everything a search box may match, folded: name, code and aliases, e-mail, phone digits, city. */
    public String searchText(String region) {
        return SearchText.of(this, region);
    }

    public ThirdPartyId id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean individual() {
        return individual;
    }

    public boolean prospect() {
        return prospect;
    }

    public boolean customer() {
        return customer;
    }

    public ProspectStatus status() {
        return status;
    }

    public String potential() {
        return potential;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String phoneE164() {
        return phoneE164;
    }

    public String mobile() {
        return mobile;
    }

    public String mobileE164() {
        return mobileE164;
    }

    public String website() {
        return website;
    }

    public String addressLine() {
        return addressLine;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public String country() {
        return country;
    }

    public String language() {
        return language;
    }

    public Source source() {
        return source;
    }

    public String notes() {
        return notes;
    }

    public UserId ownerId() {
        return ownerId;
    }

    public String codeAliases() {
        return codeAliases;
    }

    public ThirdPartyId mergedInto() {
        return mergedInto;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public long version() {
        return version;
    }

    /** What other modules may see of it. */
    public ThirdPartySummary summary() {
        return new ThirdPartySummary(id, code, name, ownerId, status, individual, prospect, customer, email, country);
    }

    public boolean deleted() {
        return deletedAt != null;
    }
}
