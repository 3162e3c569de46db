package io.newsfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class NlpPipelinesTest {
    /** A pipeline of tokens and sentences only: cheap to build, enough to count what is loaded. */
    private static NlpPipeline light() {
        Properties p = NlpPipeline.properties();
        p.setProperty("annotators", "tokenize,ssplit");
        return NlpPipeline.load(p);
    }

    @Test
    void loadsOnlyTheLanguagesMetAndEachOnce() {
        List<String> loaded = new ArrayList<>();
        NlpPipelines pipelines = new NlpPipelines(language -> {
            loaded.add(language);
            return light();
        });
        pipelines.forLanguage("en");
        pipelines.forLanguage(null);
        pipelines.forLanguage("en");
        assertThat(loaded).containsExactly("en");
        pipelines.forLanguage("de");
        pipelines.forLanguage("de");
        assertThat(loaded).containsExactly("en", "de");
    }

    @Test
    void languagesWithoutACoreNlpModelShareOnePipeline() {
        List<String> loaded = new ArrayList<>();
        NlpPipelines pipelines = new NlpPipelines(language -> {
            loaded.add(language);
            return light();
        });
        NlpPipeline russian = pipelines.forLanguage("ru");
        NlpPipeline italian = pipelines.forLanguage("it");
        assertThat(italian).isSameAs(russian);
        assertThat(loaded).hasSize(1);
    }

    @Test
    void knowsWhichLanguagesHaveTheirOwnModels() {
        assertThat(NlpPipeline.kindOf("es")).isEqualTo(NlpPipeline.Kind.NATIVE);
        assertThat(NlpPipeline.kindOf("de")).isEqualTo(NlpPipeline.Kind.NATIVE);
        assertThat(NlpPipeline.kindOf("fr")).isEqualTo(NlpPipeline.Kind.NATIVE);
        assertThat(NlpPipeline.kindOf("en")).isEqualTo(NlpPipeline.Kind.NATIVE);
        assertThat(NlpPipeline.kindOf("nl")).isEqualTo(NlpPipeline.Kind.BASIC);
    }
}
