package io.newsfuse.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** The one JSON configuration newsfuse uses for records, reports and the store. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /**
     * The mapper for what people and other programs read (report files, the HTTP API): like
     * {@link #mapper()}, but a number is written as printed (rounded by {@link Numbers#rounded}) and an
     * unbounded or undefined one as {@code null}, never the string {@code "Infinity"}. The store keeps
     * {@link #mapper()}'s exact values, which this one would not read back.
     */
    private static final ObjectMapper PRESENTATION = MAPPER.copy().registerModule(presentationNumbers());

    private Json() {}

    /** The shared, thread-safe mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The shared, thread-safe mapper for output people and other programs read. */
    public static ObjectMapper presentation() {
        return PRESENTATION;
    }

    /** Serialises a value to compact JSON as people read it (see {@link #presentation()}). */
    public static String present(Object value) {
        try {
            return PRESENTATION.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SimpleModule presentationNumbers() {
        JsonSerializer<Double> rounded = new StdSerializer<>(Double.class) {
            @Override
            public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                BigDecimal d = Numbers.rounded(value);
                if (d == null) {
                    gen.writeNull();
                } else if (d.scale() == 0 && d.precision() < 19) {
                    gen.writeNumber(d.longValueExact());
                } else {
                    gen.writeNumber(d);
                }
            }
        };
        return new SimpleModule("presentation-numbers")
                .addSerializer(Double.class, rounded)
                .addSerializer(Double.TYPE, rounded);
    }

    /** Serialises a value to compact JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads JSON into a value of the given type. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
