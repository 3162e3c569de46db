package io.newsfuse.spark;

import io.newsfuse.pipeline.Models;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models of this JVM, one set per configuration, made on first use and kept for the JVM's life: an
 * executor loads CoreNLP, the embedder and the language detector once, whatever number of tasks it runs,
 * and in local mode the driver shares them.
 */
final class ExecutorModels {
    private static final Map<ModelConfig, Models> LOADED = new ConcurrentHashMap<>();

    private ExecutorModels() {}

    static Models of(ModelConfig config) {
        return LOADED.computeIfAbsent(config, ModelConfig::load);
    }

    /** Makes this JVM use {@code models} for {@code config} (a test's models, already loaded). */
    static void use(ModelConfig config, Models models) {
        LOADED.put(config, models);
    }
}
