package io.relance.shared.web;

import io.relance.shared.Text;
import java.util.Collection;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.ArrayType;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.type.MapType;

/**
 * How every module's JSON is read: a value of the wrong JSON type is refused, never coerced (a string is not a
 * list, a number is not a text); every text is normalised ({@link Text#normalize}: NFC, invisible edges
 * stripped) and one with a control character or a broken surrogate is a field error; no list, array or object
 * holds more than {@code relance.api.max-items} entries, checked as it is read, so no later work on it can be
 * worse than linear in what the body may hold.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    /** The most entries of any one JSON list or object (as many as a bulk change takes ids). */
    static final int DEFAULT_MAX_ITEMS = 500;

    static final String TOO_MANY_ITEMS = "validation.items.max";

    /** Instants written by {@link IsoInstants}: the same text as Jackson's, for a fraction of the cost. */
    @Bean
    JsonMapperBuilderCustomizer instantWriting() {
        return builder -> builder.addModule(
                new SimpleModule("relance-instants").addSerializer(java.time.Instant.class, new IsoInstants()));
    }

    @Bean
    JsonMapperBuilderCustomizer strictJsonReading(
            @Value("${relance.api.max-items:" + DEFAULT_MAX_ITEMS + "}") int maxItems) {
        return builder -> {
            SimpleModule module = new SimpleModule("relance-strict-json");
            module.addDeserializer(String.class, new NormalizedStringDeserializer());
            module.setDeserializerModifier(new BoundedContainers(maxItems));
            builder.addModule(module)
                    .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                    .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            // a scalar where a container is expected (a string for a list…) fails
            for (LogicalType container :
                    new LogicalType[] {LogicalType.Collection, LogicalType.Array, LogicalType.Map, LogicalType.POJO}) {
                builder.withCoercionConfig(
                        container,
                        c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
            }
            // a number or a boolean where a text is expected, a text or number where a boolean is expected, fail
            builder.withCoercionConfig(
                            LogicalType.Textual,
                            c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                    .withCoercionConfig(
                            LogicalType.Boolean,
                            c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                    .withCoercionConfig(
                            LogicalType.Integer,
                            c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                    .withCoercionConfig(
                            LogicalType.Float, c -> c.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        };
    }

    /** Every JSON text as {@link Text#normalize} keeps it; a control character or broken surrogate fails. */
    static final class NormalizedStringDeserializer extends StdScalarDeserializer<String> {

        private static final long serialVersionUID = 1L;

        NormalizedStringDeserializer() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return "";
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            String raw = StringDeserializer.instance.deserialize(p, ctxt);
            if (raw == null) {
                return null;
            }
            if (Text.hasInvalidCharacter(raw)) {
                throw new JsonInputException(p, Text.INVALID_CHARACTER);
            }
            return Text.normalize("", raw);
        }
    }

    /** Wraps the deserializer of every list, array and map to refuse one with more than {@code max} entries. */
    static final class BoundedContainers extends ValueDeserializerModifier {

        private static final long serialVersionUID = 1L;

        private final int max;

        BoundedContainers(int max) {
            this.max = max;
        }

        @Override
        public ValueDeserializer<?> modifyCollectionDeserializer(
                DeserializationConfig config,
                CollectionType type,
                BeanDescription.Supplier description,
                ValueDeserializer<?> deserializer) {
            return new Bounded(deserializer, max);
        }

        @Override
        public ValueDeserializer<?> modifyArrayDeserializer(
                DeserializationConfig config,
                ArrayType type,
                BeanDescription.Supplier description,
                ValueDeserializer<?> deserializer) {
            return new Bounded(deserializer, max);
        }

        @Override
        public ValueDeserializer<?> modifyMapDeserializer(
                DeserializationConfig config,
                MapType type,
                BeanDescription.Supplier description,
                ValueDeserializer<?> deserializer) {
            return new Bounded(deserializer, max);
        }
    }

    /** A container's deserializer that refuses more than {@code max} entries once read (linear work). */
    static final class Bounded extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        private final int max;

        Bounded(ValueDeserializer<?> delegate, int max) {
            super(delegate);
            this.max = max;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Bounded(delegate, max);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            return check(p, super.deserialize(p, ctxt));
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) throws JacksonException {
            return check(p, super.deserialize(p, ctxt, intoValue));
        }

        private Object check(JsonParser p, Object value) {
            int size = value instanceof Collection<?> c
                    ? c.size()
                    : value instanceof Map<?, ?> m
                            ? m.size()
                            : value instanceof Object[] a
                                    ? a.length
                                    : value != null && value.getClass().isArray()
                                            ? java.lang.reflect.Array.getLength(value)
                                            : 0;
            if (size > max) {
                throw new JsonInputException(p, TOO_MANY_ITEMS, max);
            }
            return value;
        }
    }
}
