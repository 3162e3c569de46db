/** Cluster: groups articles telling the same story, online and in date order. */
package io.newsfuse.cluster;
