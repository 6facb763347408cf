package io.relance.object.core;

import io.relance.object.SalesObjectId;
import io.relance.object.SalesObjectStatus;
import io.relance.object.SalesObjectSummary;
import io.relance.object.SalesObjectType;
import io.relance.shared.InvalidInputException;
import io.relance.shared.Money;
import io.relance.shared.Text;
import io.relance.shared.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * An object offered for sale or rent. Its status moves only through the named transitions ({@link #reserve},
 * {@link #markSold}, {@link #withdraw}, {@link #offerAgain}); its features are the custom fields whose value is
 * {@code true} (balcony, garden, lift…), what search profiles must have or would like.
 */
public final class SalesObject {

    private final SalesObjectId id;
    private String reference;
    private String title;
    private SalesObjectType type;
    private SalesObjectStatus status;
    private BigDecimal price;
    private final String currency;
    private BigDecimal rooms;
    private BigDecimal area;
    private String postalCode;
    private String city;
    private String country;
    private String description;
    private UserId ownerId;
    private Map<String, Object> customFields;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    SalesObject(
            SalesObjectId id,
            String reference,
            String title,
            SalesObjectType type,
            SalesObjectStatus status,
            BigDecimal price,
            String currency,
            BigDecimal rooms,
            BigDecimal area,
            String postalCode,
            String city,
            String country,
            String description,
            UserId ownerId,
            Map<String, Object> customFields,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        this.id = id;
        this.reference = reference;
        this.title = title;
        this.type = type;
        this.status = status;
        this.price = price;
        this.currency = currency;
        this.rooms = rooms;
        this.area = area;
        this.postalCode = postalCode;
        this.city = city;
        this.country = country;
        this.description = description;
        this.ownerId = ownerId;
        this.customFields = new TreeMap<>(customFields);
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A new, available object from checked changes (reference, title and type given), in the workspace's currency. */
    static SalesObject create(SalesObjectId id, SalesObjectChanges c, UserId owner, String currency, Instant now) {
        SalesObject o = new SalesObject(
                id,
                c.reference().orElseThrow(),
                c.title().orElseThrow(),
                c.type().orElseThrow(),
                SalesObjectStatus.AVAILABLE,
                null,
                currency,
                null,
                null,
                null,
                null,
                null,
                null,
                owner,
                Map.of(),
                now,
                now,
                0);
        o.apply(c, now);
        return o;
    }

    /** Applies checked changes (not the status: see {@link #moveTo}); answers whether anything changed. */
    boolean apply(SalesObjectChanges c, Instant now) {
        boolean changed = false;
        changed |= change(c.reference(), reference, v -> reference = v);
        changed |= change(c.title(), title, v -> title = v);
        changed |= change(c.type(), type, v -> type = v);
        changed |= clearableNumber(c.price(), price, v -> price = v);
        changed |= clearableNumber(c.rooms(), rooms, v -> rooms = v);
        changed |= clearableNumber(c.area(), area, v -> area = v);
        changed |= clearable(c.postalCode(), postalCode, v -> postalCode = v);
        changed |= clearable(c.city(), city, v -> city = v);
        changed |= clearable(c.country(), country, v -> country = v);
        changed |= clearable(c.description(), description, v -> description = v);
        changed |= change(c.ownerId().map(UserId::new), ownerId, v -> ownerId = v);
        changed |= change(c.customFields().map(TreeMap::new), customFields, v -> customFields = v);
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    /**
     * The named transition that leads to {@code wanted}: the status it left, or empty when it is already there. A
     * move no transition allows (a sold object reserved) is a field error on {@code status}.
     */
    Optional<SalesObjectStatus> moveTo(SalesObjectStatus wanted, Instant now) {
        if (wanted == status) {
            return Optional.empty();
        }
        SalesObjectStatus from = status;
        switch (wanted) {
            case RESERVED -> reserve();
            case SOLD -> markSold();
            case WITHDRAWN -> withdraw();
            case AVAILABLE -> offerAgain();
        }
        updatedAt = now;
        return Optional.of(from);
    }

    /** Held for one buyer: only an available object. */
    void reserve() {
        allowedFrom(Set.of(SalesObjectStatus.AVAILABLE), SalesObjectStatus.RESERVED);
        status = SalesObjectStatus.RESERVED;
    }

    /** Sold or let: an available or reserved object. */
    void markSold() {
        allowedFrom(Set.of(SalesObjectStatus.AVAILABLE, SalesObjectStatus.RESERVED), SalesObjectStatus.SOLD);
        status = SalesObjectStatus.SOLD;
    }

    /** Taken off the market: an available or reserved object (a sold one stays sold). */
    void withdraw() {
        allowedFrom(Set.of(SalesObjectStatus.AVAILABLE, SalesObjectStatus.RESERVED), SalesObjectStatus.WITHDRAWN);
        status = SalesObjectStatus.WITHDRAWN;
    }

    /** Offered again: a reservation fell through, or a withdrawn object comes back. */
    void offerAgain() {
        allowedFrom(Set.of(SalesObjectStatus.RESERVED, SalesObjectStatus.WITHDRAWN), SalesObjectStatus.AVAILABLE);
        status = SalesObjectStatus.AVAILABLE;
    }

    private void allowedFrom(Set<SalesObjectStatus> from, SalesObjectStatus to) {
        if (!from.contains(status)) {
            throw new InvalidInputException("status", "object.status.notAllowed", status.name(), to.name());
        }
    }

    private static boolean clearable(Optional<Optional<String>> wanted, String current, Consumer<String> set) {
        if (wanted.isEmpty() || Objects.equals(wanted.get().orElse(null), current)) {
            return false;
        }
        set.accept(wanted.get().orElse(null));
        return true;
    }

    private static boolean clearableNumber(
            Optional<Optional<BigDecimal>> wanted, BigDecimal current, Consumer<BigDecimal> set) {
        if (wanted.isEmpty()) {
            return false;
        }
        BigDecimal value = wanted.get().orElse(null);
        if (value == null ? current == null : current != null && value.compareTo(current) == 0) {
            return false;
        }
        set.accept(value);
        return true;
    }

    private static <T> boolean change(Optional<T> wanted, T current, Consumer<T> set) {
        if (wanted.isEmpty() || Objects.equals(wanted.get(), current)) {
            return false;
        }
        set.accept(wanted.get());
        return true;
    }

    /** The key that makes a reference unique in its workspace, whatever its case. */
    static String referenceKey(String reference) {
        return reference.strip().toLowerCase(Locale.ROOT);
    }

    /** How a place is compared: a postal code without spaces in capitals, a city folded ("Saint-Étienne" = "saint-etienne"). */
    public static String placeKey(String place) {
        return place == null ? null : Text.fold(place).replace(" ", "");
    }

    /** The features of the object: its custom fields set to {@code true}. */
    public Set<String> features() {
        Set<String> features = new TreeSet<>();
        customFields.forEach((k, v) -> {
            if (Boolean.TRUE.equals(v)) {
                features.add(k);
            }
        });
        return features;
    }

    String searchText() {
        return Text.fold(reference + " " + title + " " + (city == null ? "" : city) + " "
                + (postalCode == null ? "" : postalCode));
    }

    String sortTitle() {
        return Text.fold(title);
    }

    public SalesObjectSummary summary() {
        return new SalesObjectSummary(id, reference, title, type, status, money());
    }

    /** The price with its currency, or null. */
    public Money money() {
        return price == null ? null : new Money(price, Currency.getInstance(currency));
    }

    public boolean ownedBy(UserId user) {
        return ownerId.equals(user);
    }

    public SalesObjectId id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String title() {
        return title;
    }

    public SalesObjectType type() {
        return type;
    }

    public SalesObjectStatus status() {
        return status;
    }

    public BigDecimal price() {
        return price;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal rooms() {
        return rooms;
    }

    public BigDecimal area() {
        return area;
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

    public String description() {
        return description;
    }

    public UserId ownerId() {
        return ownerId;
    }

    public Map<String, Object> customFields() {
        return java.util.Collections.unmodifiableMap(customFields);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
