/**
 * The one wiring of newsfuse's stages, which every driver (the CLI, the server's uploads, {@code bench},
 * a Spark executor) calls instead of wiring stages itself.
 *
 * <p>Per document, pure: read → extract → analyse, each document inside its own boundary so that a
 * failure of any kind (a stack overflow on absurd nesting, running out of memory) rejects that document
 * with one line and the run goes on. Per batch: store, then stories: new articles join the stories an
 * index finds for them or open new ones, stories merge where the evidence says so, and only the stories
 * that changed are consolidated again. Documents stream through in chunks, so memory does not grow with
 * the input. {@link io.newsfuse.pipeline.PipelineListener} hears every stage's progress and timing.
 */
package io.newsfuse.pipeline;
