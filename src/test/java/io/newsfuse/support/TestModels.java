package io.newsfuse.support;

import io.newsfuse.pipeline.Models;

/** One set of models for the whole test run: they load once per process, as in production. */
public final class TestModels {
    public static final Models MODELS = new Models();

    private TestModels() {}
}
