/** Drivers that run the pipeline stages in order; the models they share are loaded once per process. */
package io.newsfuse.run;
