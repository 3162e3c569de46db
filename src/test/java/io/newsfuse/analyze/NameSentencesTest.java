package io.newsfuse.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameSentencesTest {
    private static final String ARTICLE = "The ferry left Port Alder at dawn. the crew said the sea was calm. "
            + "Marlow said the crossing would resume. The passengers waited for hours.";

    private static List<CoreLabel> tokens(String sentence) {
        return Arrays.stream(sentence.split(" "))
                .map(w -> {
                    CoreLabel t = new CoreLabel();
                    t.setWord(w);
                    return t;
                })
                .toList();
    }

    private static boolean read(String sentence) {
        return NameSentences.mayHoldName(tokens(sentence), NameSentences.lowerCaseWords(ARTICLE));
    }

    @Test
    void aSentenceWithANameInsideIsRead() {
        assertThat(read("The ferry left Port Alder at dawn .")).isTrue();
    }

    @Test
    void aSentenceInLowerCaseBeyondACommonFirstWordIsSkipped() {
        assertThat(read("The passengers waited for hours .")).isFalse();
    }

    @Test
    void aSentenceOpeningWithANameIsRead() {
        assertThat(read("Marlow said the crossing would resume .")).isTrue();
    }

    @Test
    void aSentenceInACaselessScriptIsRead() {
        assertThat(NameSentences.mayHoldName(tokens("وصل الوزير إلى المدينة"), Set.of()))
                .isTrue();
    }

    @Test
    void punctuationBeforeTheFirstWordDoesNotCount() {
        assertThat(read("\" The passengers waited .")).isFalse();
    }
}
