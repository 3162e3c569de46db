package io.newsfuse.dedupe;

import io.newsfuse.analyze.AnalyzedArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups near-copies among articles: MinHash signatures over 5-word shingles, candidate pairs found by
 * locality-sensitive hashing (bands of the signature), a pair kept when its estimated overlap reaches
 * the threshold. Boilerplate added by a republisher lowers the overlap only a little, a rewrite a lot.
 */
public final class CopyDetector {
    private static final int BANDS = 32;
    private static final int ROWS = 4;
    private final MinHash minHash = new MinHash(BANDS * ROWS, 5);
    private final double threshold;

    /** A detector keeping pairs whose estimated shingle overlap is at least {@code threshold}. */
    public CopyDetector(double threshold) {
        this.threshold = threshold;
    }

    /** The default: 0.5 overlap of 5-word shingles, far above what two rewrites of one event share. */
    public CopyDetector() {
        this(0.5);
    }

    /** Every article in exactly one group; groups with copies first. */
    public List<CopyGroup> groups(List<AnalyzedArticle> articles) {
        Map<String, long[]> signatures = new LinkedHashMap<>();
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            signatures.put(a.id(), minHash.signature(a.article().text()));
            byId.put(a.id(), a);
        }
        UnionFind sets = new UnionFind(signatures.keySet());
        for (int band = 0; band < BANDS; band++) {
            Map<Long, List<String>> buckets = new HashMap<>();
            for (var e : signatures.entrySet()) {
                long key = band;
                for (int r = 0; r < ROWS; r++) {
                    key = key * 1_000_003L + e.getValue()[band * ROWS + r];
                }
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(e.getKey());
            }
            for (List<String> bucket : buckets.values()) {
                for (int i = 0; i < bucket.size(); i++) {
                    for (int j = i + 1; j < bucket.size(); j++) {
                        double sim = MinHash.similarity(signatures.get(bucket.get(i)), signatures.get(bucket.get(j)));
                        if (sim >= threshold) {
                            sets.union(bucket.get(i), bucket.get(j));
                        }
                    }
                }
            }
        }
        List<CopyGroup> out = new ArrayList<>();
        for (List<String> members : sets.groups()) {
            List<String> sorted = new ArrayList<>(members);
            sorted.sort(originalFirst(byId));
            double sim = 1.0;
            for (String copy : sorted.subList(1, sorted.size())) {
                sim = Math.min(sim, MinHash.similarity(signatures.get(sorted.get(0)), signatures.get(copy)));
            }
            out.add(new CopyGroup(sorted.get(0), sorted.subList(1, sorted.size()), sim));
        }
        out.sort(Comparator.comparingInt((CopyGroup g) -> -g.copies().size()).thenComparing(CopyGroup::original));
        return out;
    }

    private static Comparator<String> originalFirst(Map<String, AnalyzedArticle> byId) {
        return Comparator.<String, LocalDate>comparing(
                        id -> byId.get(id).article().published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(id -> -byId.get(id).article().text().length())
                .thenComparing(id -> id);
    }

    /** Disjoint sets of ids. */
    private static final class UnionFind {
        private final Map<String, String> parent = new LinkedHashMap<>();

        UnionFind(Iterable<String> ids) {
            ids.forEach(id -> parent.put(id, id));
        }

        String find(String id) {
            String p = parent.get(id);
            if (!p.equals(id)) {
                p = find(p);
                parent.put(id, p);
            }
            return p;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(rb, ra);
            }
        }

        List<List<String>> groups() {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (String id : parent.keySet()) {
                out.computeIfAbsent(find(id), k -> new ArrayList<>()).add(id);
            }
            return new ArrayList<>(out.values());
        }
    }
}
