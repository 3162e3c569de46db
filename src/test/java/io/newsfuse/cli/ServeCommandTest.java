package io.newsfuse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {
    @Test
    void servesOnLoopbackPort8080WithA50MbUploadLimitByDefault() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs();
        assertThat(serve.host).isEqualTo("127.0.0.1");
        assertThat(serve.port).isEqualTo(8080);
        assertThat(serve.maxUploadMb).isEqualTo(50);
        assertThat(serve.store.location).isEqualTo(".newsfuse");
        assertThat(serve.store.uploads()).isEqualTo(java.nio.file.Path.of(".newsfuse", "uploads"));
    }

    @Test
    void isACommandOfTheCli() {
        assertThat(new CommandLine(new Main()).getSubcommands()).containsKey("serve");
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--db", "x", "--port", "0", "--host", "0.0.0.0", "--max-upload-mb", "5");
        assertThat(serve.host).isEqualTo("0.0.0.0");
        assertThat(serve.port).isZero();
    }

    @Test
    void takesAPostgresqlAddressAndKeepsUploadsBesideTheWorkingDirectory() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--db", "postgresql://desk:secret@127.0.0.1:5432/newsroom");
        assertThat(serve.store.describe()).isEqualTo("postgresql://desk@127.0.0.1:5432/newsroom");
        assertThat(serve.store.uploads()).isEqualTo(java.nio.file.Path.of("newsfuse-uploads"));
    }
}
