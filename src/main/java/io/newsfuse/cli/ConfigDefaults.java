package io.newsfuse.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults a user keeps in a file instead of typing them: {@code NEWSFUSE_CONFIG} if set, else
 * {@code newsfuse.properties} in the working directory, else {@code ~/.config/newsfuse/newsfuse.properties}.
 * A key is an option's long name without dashes, for every command ({@code db=/data/news}), or
 * prefixed by one command's name for that command only ({@code serve.port=9090}). An option given
 * on the command line always wins.
 */
final class ConfigDefaults implements IDefaultValueProvider {
    private final Properties properties;
    private final Path file;

    private ConfigDefaults(Properties properties, Path file) {
        this.properties = properties;
        this.file = file;
    }

    /** The defaults found where the class comment says, or none. */
    static ConfigDefaults find() {
        String env = System.getenv("NEWSFUSE_CONFIG");
        Path[] candidates = env != null && !env.isBlank()
                ? new Path[] {Path.of(env)}
                : new Path[] {
                    Path.of("newsfuse.properties"),
                    Path.of(System.getProperty("user.home"), ".config", "newsfuse", "newsfuse.properties")
                };
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return load(p);
            }
        }
        if (env != null && !env.isBlank()) {
            throw new IllegalArgumentException("NEWSFUSE_CONFIG names " + env + ", which is not a file");
        }
        return new ConfigDefaults(new Properties(), null);
    }

    static ConfigDefaults load(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read the settings file " + file + ": " + e.getMessage(), e);
        }
        return new ConfigDefaults(p, file);
    }

    /** The file the defaults came from, or null. */
    Path file() {
        return file;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || properties.isEmpty()) {
            return null;
        }
        String key = option.longestName().replaceFirst("^-+", "");
        String command = option.command() == null ? null : option.command().name();
        if (command != null && properties.containsKey(command + "." + key)) {
            return properties.getProperty(command + "." + key);
        }
        return properties.getProperty(key);
    }
}
