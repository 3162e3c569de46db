package io.newsfuse.spark;

import io.newsfuse.ingest.DocumentReader;
import io.newsfuse.ingest.Rejection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The files a job reads, listed on the driver so that Spark can split them across executors: each input
 * file as it is, each folder's files (recursively, hidden ones and those of unread types left out, in path order) as the
 * {@link io.newsfuse.ingest.DocumentReader} walks a folder. Paths are absolute: every executor must see
 * them at the same place (a shared or copied file system). An input named by a URI ({@code hdfs://…}) is
 * listed through Hadoop's file system instead ({@link HadoopFiles}), and its files are read so too.
 */
final class InputFiles {
    private InputFiles() {}

    static List<String> list(
            List<String> inputs, org.apache.hadoop.conf.Configuration hadoop, Consumer<Rejection> rejected) {
        List<String> out = new ArrayList<>();
        for (String input : inputs) {
            if (HadoopFiles.isUri(input)) {
                out.addAll(HadoopFiles.list(input, hadoop, rejected));
                continue;
            }
            Path root = Path.of(input).toAbsolutePath().normalize();
            if (!Files.exists(root)) {
                rejected.accept(new Rejection(root.toString(), "no such file or folder"));
            } else if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> !p.equals(root))
                            .filter(p -> !hidden(root.relativize(p)))
                            .filter(Files::isRegularFile)
                            .filter(DocumentReader::readsFilesNamedLike)
                            .sorted()
                            .forEach(p -> out.add(p.toString()));
                } catch (IOException | UncheckedIOException e) {
                    rejected.accept(new Rejection(root.toString(), "cannot list folder: " + e.getMessage()));
                }
            } else {
                out.add(root.toString());
            }
        }
        return out;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
