/**
 * Text utilities every stage shares, low in the tree so that no stage imports another to fold a word:
 * accent and case folding ({@link io.newsfuse.text.Folding}) and spelling-independent keys for the words
 * of names ({@link io.newsfuse.text.NameKeys}, {@link io.newsfuse.text.SoundKeys}) and English word
 * stems ({@link io.newsfuse.text.Stems}).
 */
package io.newsfuse.text;
