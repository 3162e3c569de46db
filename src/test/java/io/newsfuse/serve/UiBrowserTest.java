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
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

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
}
