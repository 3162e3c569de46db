package io.newsfuse.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The files of a folder tree, in sorted order, as newsfuse reads them: hidden entries (a name starting
 * with a dot) are skipped, symbolic links are never followed (one leading out of the folder is reported,
 * as reading it would read whatever the link names; one staying inside is passed over, as its target is
 * read where it is), and a subfolder that cannot be listed is reported and the walk goes on.
 */
final class FolderWalk {
    private FolderWalk() {}

    /** The regular files under {@code root}, sorted; what cannot be walked is handed to {@code reject}. */
    static List<Path> files(Path root, Consumer<Rejection> reject) {
        List<Path> files = new ArrayList<>();
        Path realRoot = realPath(root);
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (hidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isSymbolicLink()) {
                        link(file, realRoot, reject);
                    } else if (attributes.isRegularFile()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!hidden(file)) {
                        reject.accept(new Rejection(file.toString(), "cannot read: " + FileBytes.describe(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            reject.accept(new Rejection(root.toString(), "cannot list folder: " + FileBytes.describe(e)));
        }
        files.sort(null);
        return files;
    }

    /** A link met in the walk: reported when it leads out of the folder and would have been read. */
    private static void link(Path link, Path realRoot, Consumer<Rejection> reject) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            if (FileKind.of(link).isPresent()) {
                reject.accept(new Rejection(link.toString(), "a symbolic link to nothing (not followed)"));
            }
            return;
        }
        boolean read = Files.isDirectory(target) || FileKind.of(link).isPresent();
        if (read && !target.startsWith(realRoot)) {
            reject.accept(new Rejection(
                    link.toString(),
                    "a symbolic link to " + target + ", outside the folder: not followed"
                            + " (give the target itself to read it)"));
        }
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static Path realPath(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            return root;
        }
    }
}
