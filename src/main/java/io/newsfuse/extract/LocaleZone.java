package io.newsfuse.extract;

import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The time zone a page's locale implies ({@code <html lang="pt-BR">}, {@code og:locale de_DE}), for
 * pages that stamp their times in UTC without stating their own offset: an evening story in São Paulo
 * stamped {@code 00:44Z} was published the day before in its readers' calendar. The zone is the one most
 * of the country's zones share (ICU's zone data); a bare language ("de") stands for its likely country
 * only when that country keeps a single offset, so "en" or "ru" imply no zone.
 */
final class LocaleZone {
    private static final Map<String, Optional<ZoneId>> CACHE = new ConcurrentHashMap<>();

    private LocaleZone() {}

    /** The offset at {@code instant} in the zone {@code languageTag} implies, or null. */
    static ZoneOffset offset(String languageTag, Instant instant) {
        if (languageTag == null || languageTag.isBlank() || instant == null) {
            return null;
        }
        String key = languageTag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        return CACHE.computeIfAbsent(key, LocaleZone::zone)
                .map(zone -> zone.getRules().getOffset(instant))
                .orElse(null);
    }

    private static Optional<ZoneId> zone(String tag) {
        ULocale locale = ULocale.forLanguageTag(tag);
        String country = locale.getCountry();
        boolean stated = !country.isEmpty();
        if (!stated) {
            country = ULocale.addLikelySubtags(locale).getCountry();
        }
        if (country.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, Integer> offsets = new HashMap<>();
        Map<Integer, String> example = new HashMap<>();
        for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, country, null)) {
            int raw = TimeZone.getTimeZone(id).getRawOffset();
            offsets.merge(raw, 1, Integer::sum);
            example.putIfAbsent(raw, id);
        }
        if (offsets.isEmpty() || (!stated && offsets.size() > 1)) {
            return Optional.empty();
        }
        int best = offsets.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
        try {
            return Optional.of(ZoneId.of(example.get(best)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // a zone ICU knows and the JDK does not
        }
    }
}
