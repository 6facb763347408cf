package io.relance.party.web.api;

import java.util.List;
import java.util.UUID;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A {@link ThirdPartyView} written straight to the generator, field after field, with the text Jackson's bean
 * serialization of the record gives (the same names, order, nulls and values; ThirdPartyViewJsonUnitTests compares
 * both): a list page writes 50 of them, and reading each record component through a method handle, then looking up
 * its serializer, was the largest part of the page's JSON in the profile (bench/RESULTS.md). The custom fields and
 * the instants still go through the mapper's own serializers.
 */
final class ThirdPartyViewJson extends StdSerializer<ThirdPartyView> {

    private static final SerializableString ID = name("id"),
            VERSION = name("version"),
            NAME = name("name"),
            CODE = name("code"),
            PROSPECT = name("prospect"),
            CUSTOMER = name("customer"),
            INDIVIDUAL = name("individual"),
            STATUS = name("status"),
            POTENTIAL = name("potential"),
            EMAIL = name("email"),
            PHONE = name("phone"),
            PHONE_E164 = name("phoneE164"),
            MOBILE = name("mobile"),
            MOBILE_E164 = name("mobileE164"),
            WEBSITE = name("website"),
            ADDRESS_LINE = name("addressLine"),
            POSTAL_CODE = name("postalCode"),
            CITY = name("city"),
            COUNTRY = name("country"),
            LANGUAGE = name("language"),
            SOURCE = name("source"),
            NOTES = name("notes"),
            TAGS = name("tags"),
            OWNER_ID = name("ownerId"),
            OWNER_NAME = name("ownerName"),
            CUSTOM_FIELDS = name("customFields"),
            CODE_ALIASES = name("codeAliases"),
            CREATED_AT = name("createdAt"),
            UPDATED_AT = name("updatedAt");

    ThirdPartyViewJson() {
        super(ThirdPartyView.class);
    }

    @Override
    public void serialize(ThirdPartyView v, JsonGenerator gen, SerializationContext context) {
        gen.writeStartObject(v);
        gen.writeName(ID);
        uuid(gen, v.id());
        gen.writeName(VERSION);
        gen.writeNumber(v.version());
        string(gen, NAME, v.name());
        string(gen, CODE, v.code());
        gen.writeName(PROSPECT);
        gen.writeBoolean(v.prospect());
        gen.writeName(CUSTOMER);
        gen.writeBoolean(v.customer());
        gen.writeName(INDIVIDUAL);
        gen.writeBoolean(v.individual());
        string(gen, STATUS, v.status() == null ? null : v.status().name());
        string(gen, POTENTIAL, v.potential());
        string(gen, EMAIL, v.email());
        string(gen, PHONE, v.phone());
        string(gen, PHONE_E164, v.phoneE164());
        string(gen, MOBILE, v.mobile());
        string(gen, MOBILE_E164, v.mobileE164());
        string(gen, WEBSITE, v.website());
        string(gen, ADDRESS_LINE, v.addressLine());
        string(gen, POSTAL_CODE, v.postalCode());
        string(gen, CITY, v.city());
        string(gen, COUNTRY, v.country());
        string(gen, LANGUAGE, v.language());
        string(gen, SOURCE, v.source() == null ? null : v.source().name());
        string(gen, NOTES, v.notes());
        strings(gen, TAGS, v.tags());
        gen.writeName(OWNER_ID);
        uuid(gen, v.ownerId());
        string(gen, OWNER_NAME, v.ownerName());
        gen.writeName(CUSTOM_FIELDS);
        context.writeValue(gen, v.customFields());
        strings(gen, CODE_ALIASES, v.codeAliases());
        gen.writeName(CREATED_AT);
        context.writeValue(gen, v.createdAt());
        gen.writeName(UPDATED_AT);
        context.writeValue(gen, v.updatedAt());
        gen.writeEndObject();
    }

    private static void string(JsonGenerator gen, SerializableString name, String value) {
        gen.writeName(name);
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeString(value);
        }
    }

    private static void uuid(JsonGenerator gen, UUID value) {
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeString(value.toString());
        }
    }

    private static void strings(JsonGenerator gen, SerializableString name, List<String> values) {
        gen.writeName(name);
        if (values == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartArray(values, values.size());
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null) {
                gen.writeNull();
            } else {
                gen.writeString(value);
            }
        }
        gen.writeEndArray();
    }

    private static SerializableString name(String name) {
        return new SerializedString(name);
    }
}
