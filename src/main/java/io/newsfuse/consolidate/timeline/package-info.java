/** Timeline: dated happenings of a story, relative dates resolved, each cited. */
package io.newsfuse.consolidate.timeline;
