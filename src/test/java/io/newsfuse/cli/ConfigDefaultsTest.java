package io.newsfuse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConfigDefaultsTest {
    @TempDir
    Path dir;

    private CommandLine cli(Path settings) {
        return new CommandLine(new Main()).setDefaultValueProvider(ConfigDefaults.load(settings));
    }

    @Test
    void aSettingForEveryCommandAndOneForASingleCommandAreBothDefaults() throws IOException {
        Path settings = Files.writeString(dir.resolve("newsfuse.properties"), "db=/data/news\nstories.format=csv\n");
        CommandLine cli = cli(settings);

        CommandLine.ParseResult stories = cli.parseArgs("stories");
        StoriesCommand command =
                (StoriesCommand) stories.subcommand().commandSpec().userObject();

        assertThat(command.store.location).isEqualTo("/data/news");
        assertThat(command.format).isEqualTo(StoryListing.Format.csv);
    }

    @Test
    void theCommandLineWinsOverTheSettingsFile() throws IOException {
        Path settings = Files.writeString(dir.resolve("newsfuse.properties"), "db=/data/news\n");
        CommandLine.ParseResult parsed = cli(settings).parseArgs("stories", "--db", "/elsewhere");
        StoriesCommand command =
                (StoriesCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(command.store.location).isEqualTo("/elsewhere");
    }

    @Test
    void anUnreadableSettingsFileIsNamedInTheError() {
        assertThatThrownBy(() -> ConfigDefaults.load(dir.resolve("missing.properties")))
                .hasMessageContaining("cannot read the settings file")
                .hasMessageContaining("missing.properties");
    }
}
