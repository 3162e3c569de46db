package io.newsfuse.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps uploaded files in one folder under names the client cannot steer: a folder named by the
 * content's hash holding the file under its cleaned base name. The same upload lands at the same path,
 * so its articles keep their ids and re-uploading changes nothing.
 */
final class Uploads {
    /** The file name endings newsfuse reads, each also gzip-compressed (web archives: .warc, .warc.gz). */
    static final List<String> ACCEPTED = List.of(".txt", ".html", ".htm", ".jsonl", ".ndjson", ".json", ".warc");

    private static final int MAX_NAME = 120;
    private final Path dir;

    Uploads(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The folder uploads are kept in. */
    Path dir() {
        return dir;
    }

    /**
     * A safe base name for a client's file name: the last path segment, letters, digits, dot, dash and
     * underscore only, no leading dot; empty when the name does not end in an accepted type.
     */
    static Optional<String> safeName(String clientName) {
        if (clientName == null) {
            return Optional.empty();
        }
        String base = clientName.substring(Math.max(clientName.lastIndexOf('/'), clientName.lastIndexOf('\\')) + 1);
        String clean = base.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^[._]+", "");
        if (clean.length() > MAX_NAME) {
            clean = clean.substring(clean.length() - MAX_NAME);
        }
        String lower = clean.toLowerCase(Locale.ROOT);
        String plain = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        boolean accepted = ACCEPTED.stream().anyMatch(ext -> plain.endsWith(ext) && plain.length() > ext.length());
        return accepted ? Optional.of(clean) : Optional.empty();
    }

    /** Stores the content under the safe name, in the folder of its hash, and gives the stored path. */
    Path save(String safeName, InputStream content) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "upload-", ".part");
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                    content.transferTo(out);
                }
                String hash = HexFormat.of().formatHex(sha.digest()).substring(0, 16);
                Path folder = dir.resolve(hash);
                Files.createDirectories(folder);
                Path target = folder.resolve(safeName).normalize();
                if (!target.startsWith(dir)) {
                    throw new IllegalArgumentException("bad file name");
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                return target;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The name a user gave for a stored upload path, or the text unchanged when it is not one. */
    String display(String source) {
        String prefix = dir.toString();
        if (source == null || !source.startsWith(prefix)) {
            return source;
        }
        Path p = Path.of(source.split("#", 2)[0]);
        String rest = source.contains("#") ? "#" + source.split("#", 2)[1] : "";
        return p.getFileName() + rest;
    }
}
