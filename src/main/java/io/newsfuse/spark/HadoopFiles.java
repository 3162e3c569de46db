package io.newsfuse.spark;

import io.newsfuse.ingest.DocumentReader;
import io.newsfuse.ingest.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Inputs named by a URI ({@code hdfs://namenode/crawl/}, {@code file:///data/}, {@code s3a://bucket/…}
 * when the cluster has that file system's jar): listed on the driver and read on the executors through
 * Hadoop's {@link FileSystem}, so the executors need no shared disk. An executor copies one such file to
 * its local temporary folder, reads it there with the same {@link DocumentReader} as a local file, and
 * deletes it; the documents keep the URI as their source.
 */
final class HadoopFiles {
    /** A scheme of two letters or more, then ":/" (Hadoop writes file:/data/x; a drive letter is not one). */
    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:/.*");

    private HadoopFiles() {}

    /** Whether an input names a file system by its scheme rather than a local path. */
    static boolean isUri(String input) {
        return URI_SCHEME.matcher(input).matches();
    }

    /** The settings of a Hadoop configuration, to be shipped to the executors. */
    static Map<String, String> settings(Configuration conf) {
        Map<String, String> out = new HashMap<>();
        conf.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    static Configuration configuration(Map<String, String> settings) {
        Configuration conf = new Configuration(false);
        settings.forEach(conf::set);
        return conf;
    }

    /**
     * The files under a URI: the file itself, or a folder's readable files, recursively, hidden ones
     * ({@code .name}, {@code _name}) left out, in path order.
     */
    static List<String> list(String input, Configuration conf, Consumer<Rejection> rejected) {
        List<String> out = new ArrayList<>();
        try {
            org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(URI.create(input));
            FileSystem fs = root.getFileSystem(conf);
            if (!fs.exists(root)) {
                rejected.accept(new Rejection(input, "no such file or folder"));
                return out;
            }
            FileStatus status = fs.getFileStatus(root);
            if (!status.isDirectory()) {
                out.add(status.getPath().toString());
                return out;
            }
            String base = status.getPath().toString();
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
            while (files.hasNext()) {
                LocatedFileStatus f = files.next();
                String path = f.getPath().toString();
                if (f.isFile()
                        && !hidden(path.substring(Math.min(path.length(), base.length())))
                        && DocumentReader.readsFilesNamedLike(
                                Path.of(f.getPath().getName()))) {
                    out.add(path);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            rejected.accept(new Rejection(input, "cannot list: " + e.getMessage()));
        }
        out.sort(null);
        return out;
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".") || part.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /** A local copy of the file at the URI, under its own name (its type is read from the name). */
    static Path copyToLocal(String uri, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(URI.create(uri));
        Path dir = Files.createTempDirectory("newsfuse-input");
        Path local = dir.resolve(path.getName().isEmpty() ? "input" : path.getName());
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteCopy(local);
            throw e;
        }
        return local;
    }

    /** Deletes a copy made by {@link #copyToLocal} and its folder. */
    static void deleteCopy(Path local) {
        try {
            Files.deleteIfExists(local);
            Files.deleteIfExists(local.getParent());
        } catch (IOException e) {
            local.toFile().deleteOnExit();
        }
    }
}
