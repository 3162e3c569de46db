package io.newsfuse.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A word list shipped as a resource beside this package: one entry a line, {@code #} comments. */
final class WordList {
    private WordList() {}

    /** Whether the lower-cased text holds one of the lower-case parts anywhere. */
    static boolean holdsAny(String text, java.util.Collection<String> parts) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String part : parts) {
            if (lower.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** The lower-cased entries of resource {@code name}. */
    static Set<String> load(String name) {
        try (InputStream in = WordList.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
