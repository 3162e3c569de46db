package io.newsfuse.store;

import io.newsfuse.cluster.ArticleFeatures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The binary form of an article's clustering features: its day, its vector as half-precision floats
 * (what cosine similarity needs, at a quarter of JSON's size), its name keys, its word counts and (from
 * version 2) its language; version 1 reads with no language.
 */
final class FeatureCodec {
    private static final int VERSION = 2;
    private static final int NO_DATE = Integer.MIN_VALUE;

    private FeatureCodec() {}

    static byte[] encode(ArticleFeatures f) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + f.vector().length * 2);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(f.date() == null ? NO_DATE : (int) f.date().toEpochDay());
            out.writeShort(f.vector().length);
            for (float x : f.vector()) {
                out.writeShort(Float.floatToFloat16(x));
            }
            out.writeShort(f.keys().size());
            for (String key : f.keys().stream().sorted().toList()) {
                out.writeUTF(key);
            }
            out.writeShort(f.words().size());
            for (var e : f.words().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .toList()) {
                out.writeUTF(e.getKey());
                out.writeShort(Math.min(Short.MAX_VALUE, e.getValue()));
            }
            out.writeUTF(f.language() == null ? "" : f.language());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static ArticleFeatures decode(String id, byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int version = in.readUnsignedByte();
            if (version != VERSION && version != 1) {
                throw new IllegalArgumentException("features of " + id + " have unknown version " + version);
            }
            int day = in.readInt();
            float[] vector = new float[in.readUnsignedShort()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = Float.float16ToFloat(in.readShort());
            }
            int keyCount = in.readUnsignedShort();
            Set<String> keys = new LinkedHashSet<>(keyCount * 2);
            for (int i = 0; i < keyCount; i++) {
                keys.add(in.readUTF());
            }
            int wordCount = in.readUnsignedShort();
            Map<String, Integer> words = new HashMap<>(wordCount * 2);
            for (int i = 0; i < wordCount; i++) {
                words.put(in.readUTF(), (int) in.readShort());
            }
            String language = version >= 2 ? in.readUTF() : "";
            return new ArticleFeatures(
                    id,
                    vector,
                    keys,
                    words,
                    day == NO_DATE ? null : LocalDate.ofEpochDay(day),
                    language.isEmpty() ? null : language);
        } catch (IOException e) {
            throw new UncheckedIOException("features of " + id + " cannot be read", e);
        }
    }
}
