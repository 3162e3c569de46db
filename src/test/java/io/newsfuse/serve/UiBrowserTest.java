package io.newsfuse.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real browser (Debian's headless Chromium): the story list, a story page, a figure's
 * citation landing on its highlighted sentence, search, an upload with its progress, and hostile article
 * text shown literally without any script running.
 */
@ExtendWith(ServedStore.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "<img src=x onerror=alert(1)>";
    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path profile;
    private String base;

    @BeforeAll
    void startBrowser() throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver); .ci/run installs them");
        base = ServedStore.fixture().base();
        profile = Files.createTempDirectory("newsfuse-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1600",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        // record any dialog a page tries to open, before the page's own scripts run
        driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of(
                        "source",
                        "window.__dialogs = [];"
                                + "['alert','confirm','prompt'].forEach(n => { window[n] = m => { window.__dialogs.push(n + ':' + m); }; });"));
        // a story of 50 articles from 18 outlets, with copies, 40 figures and 30 statements, answered
        // in the page itself: the layout at that size is what is tested, not the pipeline
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LARGE_STORY));
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** The id under which the page answers its made-up 50-article story. */
    static final String LARGE = "5050505050505050";

    private static final String LARGE_STORY = "(() => {"
            + "const arts = [], facts = [], quotes = [], copies = [];"
            + "for (let i = 0; i < 50; i++) arts.push({id: 'a' + i, source: '/var/news/file' + i + '.html',"
            + " title: 'Harbour crane collapse in Velmar, report ' + i, site: 'outlet' + (i % 18) + '.example',"
            + " language: i % 7 ? 'en' : 'de', published: '2031-03-' + String(10 + (i % 6)).padStart(2, '0'),"
            + " copyOf: i >= 40 ? 'a' + (i - 40) : null});"
            + "for (let i = 0; i < 10; i++) copies.push({original: 'a' + i, copies: ['a' + (40 + i)]});"
            + "for (let f = 0; f < 40; f++) { const values = [];"
            + " for (let i = 0; i < 50; i++) if ((i + f) % 4 === 0) values.push({article: 'a' + i,"
            + " value: 3000 + (f % 3 ? 0 : i), low: 3000, high: null, text: 'about ' + (3000 + (f % 3 ? 0 : i)) + ' tonnes',"
            + " authority: 'port authority ' + (i % 3), begin: 0, end: 5, asOf: '2031-03-1' + (i % 6)});"
            + " facts.push({id: 'f' + f, label: 'cargo lost, measure ' + f + ' with a rather long label', status:"
            + " f % 3 ? 'agreed' : 'conflicting', unit: 't', consensus: 3000.0000000001, low: 3000, high: null, values: values,"
            + " sides: f % 3 ? [] : [{texts: ['about 3000 tonnes'], authorities: ['port authority 0'], articles: ['a0']},"
            + " {texts: ['about 3004 tonnes'], authorities: ['port authority 1'], articles: ['a4']}]}); }"
            + "for (let q = 0; q < 30; q++) quotes.push({id: 'q' + q, speaker: 'Mira Holt', occurrences: arts.slice(0, 8)"
            + ".map(a => ({article: a.id, text: 'We will rebuild the quay ' + q, begin: 0, end: 5}))});"
            + "const story = {id: '" + LARGE + "', title: 'Harbour crane collapse in Velmar', firstDate: '2031-03-10',"
            + " lastDate: '2031-03-15', articles: arts, independentSources: 40, copies: copies, entities: [], facts: facts,"
            + " quotes: quotes, timeline: [], summary: [{text: 'A crane fell.', article: 'a0', begin: 0, end: 5}],"
            + " sources: arts.map(a => ({article: a.id, uniqueFacts: ['one', 'two', 'three', 'four', 'five', 'six'],"
            + " uniqueQuotes: [], uniqueEntities: []}))};"
            + "const real = window.fetch.bind(window);"
            + "window.fetch = (url, options) => String(url) === '/api/stories/" + LARGE + "'"
            + " ? Promise.resolve(new Response(JSON.stringify(story), {status: 200, headers: {'Content-Type': 'application/json'}}))"
            + " : real(url, options);"
            + "})();";

    @AfterAll
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void freshPage() {
        driver.get(base);
    }

    private void noScriptRan() {
        assertThat(driver.executeScript("return window.__dialogs")).asList().isEmpty();
        try {
            driver.switchTo().alert();
            throw new AssertionError("an alert is open");
        } catch (NoAlertPresentException expected) {
            // as it should be
        }
        Object injected = driver.executeScript(
                "return document.querySelectorAll('#app img, #app script, #app iframe, #app svg, #app body, "
                        + "#app [onerror], #app [onload], #app [href^=\"javascript\" i], #app [src]').length");
        assertThat(injected).isEqualTo(0L);
    }

    private WebElement storyCard(String titlePart) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".story-card")));
        return driver.findElements(By.cssSelector(".story-card")).stream()
                .filter(c -> c.getText().contains(titlePart))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theListShowsEachStoryWithItsSourcesAndAConflictBadge() {
        WebElement ferry = storyCard("Ferry capsizes");
        assertThat(ferry.getText()).contains("2025-06-03", "independent sources", "EN");
        assertThat(ferry.findElement(By.cssSelector(".badge.conflict")).getText())
                .contains("conflicting");
        noScriptRan();
    }

    @Test
    void hostileTitlesAndTextAreShownLiterallyAndNoScriptRuns() {
        WebElement card = storyCard("Lantern parade");
        assertThat(card.findElement(By.cssSelector(".story-link")).getText())
                .isEqualTo(SCRIPT + " Lantern parade " + IMG + " in Quillby");
        noScriptRan();
        card.findElement(By.cssSelector(".story-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#summary")));
        assertThat(driver.findElement(By.cssSelector(".story-title")).getText()).startsWith(SCRIPT);
        assertThat(driver.findElement(By.cssSelector("#quotes")).getText()).contains("<svg/onload=alert(1)>");
        noScriptRan();
        driver.findElement(By.cssSelector("#articles a")).click();
        WebElement text = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
        assertThat(text.getText())
                .contains(
                        SCRIPT,
                        IMG,
                        "<a href=\"javascript:alert(1)\">click me</a>",
                        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
                        "<iframe src=\"jav&#x09;ascript:alert(1)\"></iframe>",
                        "<body onload=alert(1)>");
        assertThat(driver.findElement(By.cssSelector(".source")).getText()).contains("javascript:alert(1)//");
        assertThat(driver.findElements(By.cssSelector(".source a")))
                .as("a javascript: source is no link")
                .isEmpty();
        noScriptRan();
    }

    @Test
    void aFiguresSourceOpensTheArticleOnItsHighlightedSentence() {
        storyCard("Ferry capsizes").findElement(By.cssSelector(".story-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#figures table")));
        assertThat(driver.findElements(By.cssSelector("#summary li"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("tr.fact.conflicting")).getText())
                .contains("killed", "At least 12", "Nine");
        assertThat(driver.findElements(By.cssSelector(".quote-group .wording"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(driver.findElement(By.cssSelector("#entities")).getText()).contains("Elena Varga", "Varga");
        assertThat(driver.findElements(By.cssSelector(".timeline li"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("table.matrix tbody tr"))).hasSizeGreaterThanOrEqualTo(2);

        WebElement nine = driver.findElements(By.cssSelector("tr.fact.conflicting a.fig-link")).stream()
                .filter(a -> a.getText().equals("Nine"))
                .findFirst()
                .orElseThrow();
        nine.click();
        WebElement target = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("target")));
        assertThat(driver.getCurrentUrl()).contains("#/article/");
        String highlighted = String.join(
                "",
                driver.findElements(By.cssSelector("#article-text .target")).stream()
                        .map(WebElement::getText)
                        .toList());
        assertThat(highlighted).startsWith("Nine people died and 30 were hurt").endsWith("said on Wednesday.");
        assertThat(driver.findElement(By.cssSelector("#article-text .cited")).getText())
                .isEqualTo("Nine");
        assertThat((Boolean) driver.executeScript(
                        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
                        target))
                .as("scrolled into view")
                .isTrue();
        noScriptRan();
    }

    @Test
    void theSearchBoxFindsArticlesByWordsAndByMeaning() {
        WebElement box = driver.findElement(By.id("search-box"));
        box.sendKeys("overloaded ferry");
        driver.findElement(By.cssSelector("#search-form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#semantic")));
        assertThat(driver.findElement(By.id("fulltext")).getText()).contains("Blue Heron");
        List<WebElement> semantic = driver.findElements(By.cssSelector("#semantic a.hit"));
        assertThat(semantic).isNotEmpty();
        semantic.get(0).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
        assertThat(driver.findElement(By.cssSelector(".article-title")).getText())
                .containsIgnoringCase("ferry");
    }

    @Test
    void anUploadShowsItsProgressUntilDone() {
        driver.findElement(By.linkText("Ingest")).click();
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("files")));
        input.sendKeys(ServedStore.resource("upload/market-fire.txt").toString());
        driver.findElement(By.id("upload")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("job-progress")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("job-state"), "done"));
        assertThat(driver.findElement(By.id("job-result")).getText()).isEqualTo("1 article read, 1 new.");
        driver.findElement(By.cssSelector(".job-stories a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".story-title")));
        assertThat(driver.findElement(By.cssSelector(".story-title")).getText()).contains("Dunmore");
    }

    private long script(String js) {
        return ((Number) driver.executeScript(js)).longValue();
    }

    private void screenshot(String name) throws IOException {
        String dir = System.getProperty("newsfuse.screenshots");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        }
    }

    @Test
    void aStoryOfFiftyArticlesStaysOneScreenWideWithCopiesAndLongListsCollapsed() throws IOException {
        driver.get(base + "#/story/" + LARGE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#figures table.facts")));

        assertThat(script("return document.documentElement.scrollWidth - window.innerWidth"))
                .as("no sideways scrolling")
                .isLessThanOrEqualTo(0);
        assertThat(driver.findElements(By.cssSelector("table.facts tbody tr"))).hasSize(40);
        assertThat(script("return Math.max(...Array.from(document.querySelectorAll('table.facts tbody tr'))"
                        + ".map(r => r.getBoundingClientRect().height))"))
                .as("rows stay short: per-source values are behind an expander")
                .isLessThan(120);
        assertThat(driver.findElements(By.cssSelector("table.facts tbody tr"))
                        .get(1)
                        .getText())
                .as("an agreed figure: its consensus, rounded")
                .contains("3,000 t")
                .doesNotContain("3,000.00", "Infinity", "NaN");

        driver.findElement(By.id("only-conflicts")).click();
        assertThat(driver.findElements(By.cssSelector("table.facts tbody tr")).stream()
                        .filter(WebElement::isDisplayed)
                        .toList())
                .hasSize(14)
                .allMatch(r -> r.getAttribute("class").contains("conflicting"));
        assertThat(driver.findElement(By.id("figures-count")).getText()).isEqualTo("14 of 40 facts");

        assertThat(driver.findElement(By.id("coverage-counts")).getText())
                .contains("18 outlets", "40 independent texts", "10 copies");
        assertThat(driver.findElements(By.cssSelector(".coverage-bar .segment")))
                .hasSize(18);
        assertThat(driver.findElements(By.cssSelector("#coverage-timeline .day")))
                .hasSize(6);
        assertThat(driver.findElement(By.id("coverage")).getText()).doesNotContain("/var/news");

        assertThat(driver.findElements(By.cssSelector("table.matrix tr.copy")).stream()
                        .filter(WebElement::isDisplayed))
                .as("copies folded under their originals")
                .isEmpty();
        driver.findElement(By.id("show-copies")).click();
        assertThat(driver.findElements(By.cssSelector("table.matrix tr.copy")).stream()
                        .filter(WebElement::isDisplayed))
                .hasSize(10);

        assertThat(driver.findElements(By.cssSelector("#articles ol.articles li")))
                .hasSize(20);
        WebElement all = driver.findElement(By.cssSelector("#articles button.more"));
        assertThat(all.getText()).isEqualTo("show all 50 articles");
        all.click();
        assertThat(driver.findElements(By.cssSelector("#articles ol.articles li")))
                .hasSize(50);
        assertThat(driver.findElements(By.cssSelector("#quotes .quote-group"))).hasSize(10);
        noScriptRan();
        driver.findElement(By.id("show-copies")).click();
        driver.findElement(By.id("only-conflicts")).click();
        driver.executeScript("window.scrollTo(0, 0)");
        screenshot("story-50-articles.png");
    }

    @Test
    void searchResultsShowTheirPassagesWithTheWordsMarked() throws IOException {
        driver.get(base + "#/search?q="
                + java.net.URLEncoder.encode("overloaded ferry", java.nio.charset.StandardCharsets.UTF_8));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#fulltext .snippet")));

        assertThat(driver.findElements(By.cssSelector("#fulltext .snippet mark")).stream()
                        .map(m -> m.getText().toLowerCase(java.util.Locale.ROOT)))
                .contains("overloaded");
        noScriptRan();
        screenshot("search-results.png");
    }

    @Test
    void anEntityPageGivesItsSpellingsStoriesAndQuotes() {
        storyCard("Ferry capsizes").findElement(By.cssSelector(".story-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#entities a")));
        driver.findElements(By.cssSelector("#entities a")).stream()
                .filter(a -> a.getText().equals("Elena Varga"))
                .findFirst()
                .orElseThrow()
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".entity-name")));

        assertThat(driver.findElement(By.cssSelector(".entity-name")).getText()).isEqualTo("Elena Varga");
        assertThat(driver.findElement(By.id("entity-aliases")).getText()).contains("Varga");
        assertThat(driver.findElement(By.id("entity-stories")).getText()).contains("Ferry");
        assertThat(driver.findElement(By.cssSelector(".entity-quotes.by")).getText())
                .contains("far more passengers");
        noScriptRan();
    }

    @Test
    void theStoryListFiltersByConflictsAndSources() {
        storyCard("Ferry capsizes");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("filter-hasConflict")))
                .selectByValue("true");
        driver.findElement(By.cssSelector(".filters button")).click();
        wait.until(ExpectedConditions.urlContains("hasConflict=true"));
        wait.until(d -> d.findElements(By.cssSelector(".story-card")).stream()
                .noneMatch(c -> c.getText().contains("Lantern")));
        assertThat(storyCard("Ferry capsizes").getText()).contains("outlet");
    }
}
