package io.newsfuse.store;

import io.newsfuse.cluster.ArticleFeatures;
import io.newsfuse.cluster.Rarity;
import io.newsfuse.extract.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * Full-text index over article titles and texts, kept in its own directory. It is derived data: the
 * store can always rebuild it from the articles it holds, so it is never the only copy of anything.
 * Words are matched case- and accent-insensitively ("zurich" finds "Zürich"). Thread-safe.
 */
public final class LuceneIndex implements AutoCloseable {
    static final String ID = "id";
    /** The one stored field a search reads. */
    private static final java.util.Set<String> ID_ONLY = java.util.Set.of(ID);

    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String LANGUAGE = "language";
    static final String PUBLISHED = "published";
    static final String PUBLISHED_DAY = "published_day";
    static final String UNDATED = "undated";
    static final String KEYS = "keys";
    static final String WORDS = "words";
    /**
     * The layout of the documents; an index of another layout is rebuilt from the articles. Layout 3 keeps
     * each id as a doc value too, so a search reads its hits' ids without decompressing stored fields.
     */
    static final String LAYOUT = "3";

    private static final String LAYOUT_KEY = "newsfuse.index.layout";
    private static final FieldType TERMS = termsType();

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer;
    /** Document frequencies read since the last commit: clustering asks for the same terms again and again. */
    private final java.util.concurrent.ConcurrentHashMap<Term, Integer> frequencies =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** What the index holds of one article: its searchable text and its clustering keys and words. */
    public record Entry(
            String id,
            String title,
            String text,
            String language,
            LocalDate published,
            Collection<String> keys,
            Collection<String> words) {
        /** The indexed parts of an article and its features. */
        public static Entry of(Article article, ArticleFeatures features) {
            return new Entry(
                    article.id(),
                    article.title(),
                    article.text(),
                    article.language(),
                    article.published(),
                    features.keys(),
                    features.words().keySet());
        }
    }

    private LuceneIndex(Path dir, Directory directory, IndexWriter writer, Analyzer analyzer) throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.analyzer = analyzer;
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens the index in {@code dir}, creating it when absent. An index that cannot be read (corrupt,
     * or written by an incompatible Lucene) is discarded and started empty, to be rebuilt by the caller;
     * one line on stderr says so.
     */
    public static LuceneIndex open(Path dir) {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(
                new FoldingAnalyzer(), Map.of(KEYS, new WhitespaceAnalyzer(), WORDS, new WhitespaceAnalyzer()));
        Directory directory = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            IndexWriter writer;
            try {
                writer = new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            } catch (LockObtainFailedException e) {
                throw e;
            } catch (IOException | IllegalArgumentException e) {
                // derived data, rebuilt from the articles; but corruption must not pass unnoticed
                String why =
                        String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
                System.err.println("newsfuse: the search index " + dir + " could not be read ("
                        + (why.length() > 160 ? why.substring(0, 160) + "…" : why)
                        + "); it is rebuilt from the stored articles");
                clear(directory);
                writer = new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE));
            }
            return new LuceneIndex(dir, directory, writer, analyzer);
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new StoreException("search index " + dir + " is in use by another process");
        } catch (IOException e) {
            closeQuietly(directory);
            throw new StoreException("cannot open search index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Removes every file of an unreadable index; it is derived data and will be rebuilt. */
    private static void clear(Directory directory) throws IOException {
        for (String file : directory.listAll()) {
            directory.deleteFile(file);
        }
    }

    private static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(analyzer).setOpenMode(mode).setCommitOnClose(true);
    }

    /** Number of articles in the index. */
    public int size() {
        return writer.getDocStats().numDocs;
    }

    /** Whether the index holds documents of this version's layout (else it must be rebuilt). */
    public boolean hasCurrentLayout() {
        for (var e : writer.getLiveCommitData()) {
            if (LAYOUT_KEY.equals(e.getKey())) {
                return LAYOUT.equals(e.getValue());
            }
        }
        return size() == 0;
    }

    /** Adds the articles, replacing any indexed under the same id, and commits. */
    public void add(Collection<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try {
            for (Entry entry : entries) {
                writer.updateDocument(new Term(ID, entry.id()), document(entry));
            }
            commit();
        } catch (IOException e) {
            throw new StoreException("cannot update search index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Makes the index hold exactly these articles, and commits. */
    public void replaceAll(Iterable<Entry> entries) {
        try {
            writer.deleteAll();
            for (Entry entry : entries) {
                writer.addDocument(document(entry));
            }
            commit();
        } catch (IOException e) {
            throw new StoreException("cannot rebuild search index " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Ids of the articles whose title or text match the query, best first. The query may use the usual
     * syntax (quotes for phrases, AND/OR, field:word); a query that does not parse is read as plain words.
     */
    public List<String> search(String query, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        Query parsed = parse(query);
        if (parsed == null) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searchOrFallBack(searcher, parsed, query, limit);
                return List.of(idsOf(searcher, top.scoreDocs));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new StoreException("cannot search index " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The ids of these hits, in their order, read from the id doc values in document order (one forward
     * pass per segment); a document without them (an index being rebuilt) falls back to its stored id.
     */
    private static String[] idsOf(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            byDoc[i] = i;
        }
        java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        StoredFields stored = null;
        String[] ids = new String[hits.length];
        int leaf = -1;
        SortedDocValues values = null;
        for (int i : byDoc) {
            int doc = hits[i].doc;
            while (leaf + 1 < leaves.size() && leaves.get(leaf + 1).docBase <= doc) {
                leaf++;
                values = DocValues.getSorted(leaves.get(leaf).reader(), ID);
            }
            int local = doc - leaves.get(leaf).docBase;
            if (values != null && values.docID() <= local && values.advanceExact(local)) {
                ids[i] = values.lookupOrd(values.ordValue()).utf8ToString();
            } else {
                stored = stored == null ? searcher.storedFields() : stored;
                ids[i] = stored.document(doc, ID_ONLY).get(ID);
            }
        }
        return ids;
    }

    private TopDocs searchOrFallBack(IndexSearcher searcher, Query parsed, String query, int limit) throws IOException {
        try {
            return searcher.search(parsed, limit);
        } catch (IndexSearcher.TooManyClauses e) {
            Query plain = parsePlain(query);
            return plain == null ? new TopDocs(null, new ScoreDoc[0]) : searcher.search(plain, limit);
        }
    }

    private Query parse(String query) {
        try {
            return parser().parse(query);
        } catch (ParseException | RuntimeException e) {
            return parsePlain(query);
        }
    }

    private Query parsePlain(String query) {
        try {
            return parser().parse(QueryParser.escape(query.toLowerCase(Locale.ROOT)));
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }

    private QueryParser parser() {
        QueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, TEXT}, analyzer);
        parser.setAllowLeadingWildcard(false);
        return parser;
    }

    private static Document document(Entry entry) {
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(entry.id())));
        if (entry.title() != null) {
            doc.add(new TextField(TITLE, entry.title(), Field.Store.NO));
        }
        if (entry.text() != null) {
            doc.add(new TextField(TEXT, entry.text(), Field.Store.NO));
        }
        if (entry.language() != null) {
            doc.add(new StringField(LANGUAGE, entry.language(), Field.Store.YES));
        }
        if (entry.published() != null) {
            doc.add(new StringField(PUBLISHED, entry.published().toString(), Field.Store.YES));
            doc.add(new IntPoint(PUBLISHED_DAY, (int) entry.published().toEpochDay()));
        } else {
            doc.add(new StringField(UNDATED, "1", Field.Store.NO));
        }
        if (entry.keys() != null && !entry.keys().isEmpty()) {
            doc.add(new Field(KEYS, String.join(" ", entry.keys()), TERMS));
        }
        if (entry.words() != null && !entry.words().isEmpty()) {
            doc.add(new Field(WORDS, String.join(" ", entry.words()), TERMS));
        }
        return doc;
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        frequencies.clear();
    }

    /**
     * Articles sharing rare keys or words with {@code f}, dated within {@code maxDays} of it (undated
     * ones included), best first (BM25 over the shared terms: rare ones weigh most), {@code f} excluded.
     */
    public List<String> similar(ArticleFeatures f, int maxDays, int limit) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int n = Math.max(1, searcher.getIndexReader().numDocs());
                CandidateTerms chosen = CandidateTerms.of(
                        f, n, key -> docFreq(new Term(KEYS, key)), word -> docFreq(new Term(WORDS, word)));
                BooleanQuery.Builder terms = new BooleanQuery.Builder();
                chosen.keys().forEach(key -> terms.add(new TermQuery(new Term(KEYS, key)), BooleanClause.Occur.SHOULD));
                chosen.words()
                        .forEach(word -> terms.add(new TermQuery(new Term(WORDS, word)), BooleanClause.Occur.SHOULD));
                if (chosen.isEmpty()) {
                    return List.of();
                }
                BooleanQuery.Builder query = new BooleanQuery.Builder()
                        .add(terms.build(), BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(ID, f.id())), BooleanClause.Occur.MUST_NOT);
                if (f.date() != null) {
                    int day = (int) f.date().toEpochDay();
                    query.add(
                            new BooleanQuery.Builder()
                                    .add(
                                            IntPoint.newRangeQuery(PUBLISHED_DAY, day - maxDays, day + maxDays),
                                            BooleanClause.Occur.SHOULD)
                                    .add(new TermQuery(new Term(UNDATED, "1")), BooleanClause.Occur.SHOULD)
                                    .build(),
                            BooleanClause.Occur.FILTER);
                }
                TopDocs top = searcher.search(query.build(), limit);
                return new ArrayList<>(List.of(idsOf(searcher, top.scoreDocs)));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new StoreException("cannot search index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** How many indexed articles carry a key or word: the rarity clustering weighs shared terms by. */
    public Rarity rarity() {
        return new Rarity() {
            @Override
            public int articles() {
                return size();
            }

            @Override
            public int keyFrequency(String key) {
                return docFreq(new Term(KEYS, key));
            }

            @Override
            public int wordFrequency(String word) {
                return docFreq(new Term(WORDS, word));
            }
        };
    }

    private int docFreq(Term term) {
        Integer known = frequencies.get(term);
        if (known != null) {
            return known;
        }
        int df = readDocFreq(term);
        frequencies.put(term, df);
        return df;
    }

    private int readDocFreq(Term term) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().docFreq(term);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new StoreException("cannot read index " + dir + ": " + e.getMessage(), e);
        }
    }

    private static FieldType termsType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setStored(false);
        type.freeze();
        return type;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new StoreException("cannot close search index " + dir + ": " + e.getMessage(), e);
        } finally {
            closeQuietly(directory);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // nothing more can be done; the index is derived data
        }
    }

    /**
     * Unicode word segmentation, lower case, accents folded, and apostrophes read the same way in every
     * language: "earthquake's" is "earthquake", "l'avion" and "dell'acqua" are "avion" and "acqua".
     */
    static final class FoldingAnalyzer extends Analyzer {
        private static final CharArraySet ELIDED = new CharArraySet(
                List.of(
                        "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu", "all",
                        "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl",
                        "un", "quell", "quest", "sant"),
                true);

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            stream = new ElisionFilter(stream, ELIDED);
            stream = new EnglishPossessiveFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
