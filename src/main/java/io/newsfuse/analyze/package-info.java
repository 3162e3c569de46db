/** Analyze: sentences, named entities, dates, figures, quotes and embeddings of one article (CoreNLP, ONNX). */
package io.newsfuse.analyze;
